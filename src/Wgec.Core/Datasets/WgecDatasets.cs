using System;
using System.IO;
using Wgec.Core.Serialization;

namespace Wgec.Core.Datasets;

/// <summary>
/// Reference dossiers of real processes, embedded in the package and read through the same
/// strict reader as any other document.
/// </summary>
/// <remarks>Each dossier is read once, on first use, and shared: it is immutable and thread-safe.</remarks>
public static class WgecDatasets
{
    /// <summary>The name of the embedded resource that holds <see cref="Wgec2013"/>.</summary>
    public const string Wgec2013ResourceName = "Wgec.Core.Datasets.wgec-2013.json";

    private static readonly Lazy<Dossier> Wgec2013Dossier = new(() => Load(Wgec2013ResourceName));

    /// <summary>
    /// The first CSTD Working Group on Enhanced Cooperation (2013–2014), from the Chair's report to
    /// CSTD 17 and the public record, every fact with its source. Where the record holds only
    /// aggregates (69 respondents, 483 → 215 issues, 24 mapping areas, 22 unnamed Member State
    /// seats), the dossier holds aggregates; nothing is invented.
    /// </summary>
    /// <returns>The reference dossier.</returns>
    public static Dossier Wgec2013() => Wgec2013Dossier.Value;

    /// <summary>The embedded JSON of <see cref="Wgec2013"/>, as UTF-8 bytes, for tools that want the document itself.</summary>
    /// <returns>A new stream over the embedded document; the caller disposes it.</returns>
    public static Stream OpenWgec2013Json() => Open(Wgec2013ResourceName);

    private static Dossier Load(string name)
    {
        using var stream = Open(name);
        return DossierSerializer.Read(stream);
    }

    private static Stream Open(string name) =>
        typeof(WgecDatasets).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The embedded dataset '{name}' is missing from the assembly.");
}
