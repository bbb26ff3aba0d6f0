using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;

namespace Wgec.Core.Datasets;

/// <summary>
/// Reference dossiers of real processes, embedded in the package and read through the same
/// strict reader as any other document: <c>wgec-2013</c> (<see cref="Wgec2013"/>) and
/// <c>wgec-2016</c> (<see cref="Wgec2016"/>), listed by <see cref="All"/> and selected by name with
/// <see cref="Find"/>.
/// </summary>
/// <remarks>Each dossier is read once, on first use, and shared: it is immutable and thread-safe.</remarks>
public static class WgecDatasets
{
    /// <summary>The name of the embedded resource that holds <see cref="Wgec2013"/>.</summary>
    public const string Wgec2013ResourceName = "Wgec.Core.Datasets.wgec-2013.json";

    /// <summary>The name of the embedded resource that holds <see cref="Wgec2016"/>.</summary>
    public const string Wgec2016ResourceName = "Wgec.Core.Datasets.wgec-2016.json";

    /// <summary>The name of the dataset tools use when none is named: <c>wgec-2013</c>.</summary>
    public const string DefaultName = "wgec-2013";

    /// <summary>The embedded datasets, in the order of the processes.</summary>
    public static ImmutableArray<EmbeddedDataset> All { get; } =
    [
        new("wgec-2013", "WGEC 2013–2014: the first CSTD Working Group on Enhanced Cooperation", Wgec2013ResourceName),
        new("wgec-2016", "WGEC 2016–2018: the second CSTD Working Group on Enhanced Cooperation", Wgec2016ResourceName),
    ];

    /// <summary>
    /// The first CSTD Working Group on Enhanced Cooperation (2013–2014), from the Chair's report to
    /// CSTD 17 and the public record, every fact with its source. Where the record holds only
    /// aggregates (69 respondents, 483 → 215 issues, 24 mapping areas, 22 unnamed Member State
    /// seats), the dossier holds aggregates; nothing is invented.
    /// </summary>
    /// <returns>The reference dossier.</returns>
    public static Dossier Wgec2013() => All[0].Load();

    /// <summary>
    /// The second CSTD Working Group on Enhanced Cooperation (2016–2018, A/RES/70/125), from UNCTAD's
    /// and Digital Watch's pages and a member's published account, every fact with its source: its
    /// mandate and tasks, Chair, four of its five meetings (the third is not in the stored sources),
    /// the two guiding questions and their deadline, the divides on record and its end without an
    /// adopted report. It holds no roster, contributions or recommendation texts; nothing is invented.
    /// </summary>
    /// <returns>The reference dossier.</returns>
    public static Dossier Wgec2016() => All[1].Load();

    /// <summary>The embedded JSON of <see cref="Wgec2013"/>, as UTF-8 bytes, for tools that want the document itself.</summary>
    /// <returns>A new stream over the embedded document; the caller disposes it.</returns>
    public static Stream OpenWgec2013Json() => All[0].OpenJson();

    /// <summary>Finds an embedded dataset by its name.</summary>
    /// <param name="name">The name, e.g. <c>wgec-2016</c>; exact, case-sensitive.</param>
    /// <param name="dataset">The dataset, or <see langword="null"/> when none has that name.</param>
    /// <returns>Whether a dataset has that name.</returns>
    public static bool TryFind(string name, [NotNullWhen(true)] out EmbeddedDataset? dataset)
    {
        Preconditions.NotNull(name);
        dataset = All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));
        return dataset is not null;
    }

    /// <summary>Finds an embedded dataset by its name.</summary>
    /// <param name="name">The name, e.g. <c>wgec-2016</c>; exact, case-sensitive.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentException">No dataset has that name; the message lists the names there are.</exception>
    public static EmbeddedDataset Find(string name) =>
        TryFind(name, out var dataset)
            ? dataset
            : throw new ArgumentException($"there is no embedded dataset '{name}'; the datasets are: {string.Join(", ", All.Select(d => d.Name))}.");
}
