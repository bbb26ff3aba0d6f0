using System;
using System.IO;
using Wgec.Core.Serialization;

namespace Wgec.Core.Datasets;

/// <summary>
/// One reference dossier embedded in the package: its name (e.g. <c>wgec-2013</c>), its title and
/// the dossier itself, read on first use through the same strict reader as any other document.
/// </summary>
/// <remarks>Instances come from <see cref="WgecDatasets.All"/>; the dossier is read once and shared. Immutable and thread-safe.</remarks>
public sealed class EmbeddedDataset
{
    private readonly string _resourceName;
    private readonly Lazy<Dossier> _dossier;

    internal EmbeddedDataset(string name, string title, string resourceName)
    {
        Name = name;
        Title = title;
        _resourceName = resourceName;
        _dossier = new Lazy<Dossier>(() =>
        {
            using var stream = OpenJson();
            return DossierSerializer.Read(stream);
        });
    }

    /// <summary>The name the dataset is selected by, e.g. <c>wgec-2016</c>.</summary>
    public string Name { get; }

    /// <summary>The title of its dossier.</summary>
    public string Title { get; }

    /// <summary>The dossier, read on first use and shared.</summary>
    /// <returns>The reference dossier.</returns>
    public Dossier Load() => _dossier.Value;

    /// <summary>The embedded JSON, as UTF-8 bytes, for tools that want the document itself.</summary>
    /// <returns>A new stream over the embedded document; the caller disposes it.</returns>
    public Stream OpenJson() =>
        typeof(EmbeddedDataset).Assembly.GetManifestResourceStream(_resourceName)
        ?? throw new InvalidOperationException($"The embedded dataset '{Name}' is missing from the assembly.");

    /// <summary>The name and the title.</summary>
    /// <returns>The dataset as text.</returns>
    public override string ToString() => $"{Name}: {Title}";
}
