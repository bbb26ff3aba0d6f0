using System;
using System.Collections.Immutable;
using Wgec.Core.Internal;
using Wgec.Core.Process;

namespace Wgec.Core.Catalogue;

/// <summary>
/// An issue or area that no mechanism covers, or that mechanisms cover only partially, with the
/// breadth of concern behind it: how many respondents raised it, from how many stakeholder categories.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe. Made by <see cref="GapAnalysis"/>.</remarks>
public sealed class Gap : IEquatable<Gap>
{
    internal Gap(int rank, MappingTargetKind target, int number, string title, Coverage coverage, ImmutableArray<string> partialMechanisms, int respondentCount, ImmutableArray<StakeholderGroup> categories)
    {
        Rank = rank;
        Target = target;
        Number = number;
        Title = title;
        Coverage = coverage;
        PartialMechanisms = partialMechanisms;
        RespondentCount = respondentCount;
        Categories = categories;
    }

    /// <summary>The 1-based rank in its list (issues or areas); 1 is the broadest concern.</summary>
    public int Rank { get; }

    /// <summary>Whether the gap is an issue or an area.</summary>
    public MappingTargetKind Target { get; }

    /// <summary>The issue or area number.</summary>
    public int Number { get; }

    /// <summary>The issue title or area name.</summary>
    public string Title { get; }

    /// <summary><see cref="Coverage.None"/> or <see cref="Coverage.Partial"/>.</summary>
    public Coverage Coverage { get; }

    /// <summary>The names of the mechanisms that cover it partially, ordinal-sorted; empty when uncovered.</summary>
    public ImmutableArray<string> PartialMechanisms { get; }

    /// <summary>How many distinct respondents raised it (0 when the catalogue holds no consolidation records).</summary>
    public int RespondentCount { get; }

    /// <summary>The distinct stakeholder categories of those respondents, in enum order.</summary>
    public ImmutableArray<StakeholderGroup> Categories { get; }

    /// <summary>How many stakeholder categories raised it: the breadth of concern.</summary>
    public int CategoryCount => Categories.Length;

    /// <inheritdoc/>
    public bool Equals(Gap? other) =>
        other is not null
        && Rank == other.Rank
        && Target == other.Target
        && Number == other.Number
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Coverage == other.Coverage
        && RespondentCount == other.RespondentCount
        && Immutable.SequenceEqual(PartialMechanisms, other.PartialMechanisms)
        && Immutable.SequenceEqual(Categories, other.Categories);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Gap);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rank, Target, Number, Coverage, RespondentCount, Immutable.SequenceHash(Categories));

    /// <summary>The gap as text, e.g. "#1 Issue 4 Privacy (None; 3 respondents, 3 categories)".</summary>
    /// <returns>The gap as text.</returns>
    public override string ToString() => $"#{Rank} {Target} {Number} {Title} ({Coverage}; {RespondentCount} respondents, {CategoryCount} categories)";
}
