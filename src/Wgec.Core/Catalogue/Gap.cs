using System;
using System.Collections.Generic;
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
    /// <summary>Creates a gap.</summary>
    /// <param name="rank">The 1-based rank in its list.</param>
    /// <param name="target">Whether the gap is an issue or an area.</param>
    /// <param name="number">The issue or area number.</param>
    /// <param name="title">The issue title or area name.</param>
    /// <param name="coverage"><see cref="Coverage.None"/> or <see cref="Coverage.Partial"/>.</param>
    /// <param name="partialMechanisms">The mechanisms that cover it partially, ordinal-sorted and distinct; empty when uncovered.</param>
    /// <param name="respondentCount">How many distinct respondents raised it.</param>
    /// <param name="categories">Their distinct stakeholder categories, in enum order; no more than the respondents.</param>
    /// <exception cref="ArgumentException">A value is out of range, the coverage is full, the lists are unordered, repeated or inconsistent with the coverage.</exception>
    public Gap(int rank, MappingTargetKind target, int number, string title, Coverage coverage, IEnumerable<string> partialMechanisms, int respondentCount, IEnumerable<StakeholderGroup> categories)
    {
        Preconditions.Positive(rank);
        Preconditions.Defined(target);
        Preconditions.Positive(number);
        Preconditions.NotBlank(title);
        Preconditions.Defined(coverage);
        Preconditions.NotNegative(respondentCount);
        if (coverage == Coverage.Full)
        {
            throw new DomainValidationException("not-a-gap", $"{target} {number} is fully covered, so it is not a gap.", nameof(coverage));
        }

        var mechanisms = Immutable.ToArrayChecked(partialMechanisms, nameof(partialMechanisms));
        for (var i = 0; i < mechanisms.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(mechanisms[i]) || (i > 0 && string.CompareOrdinal(mechanisms[i - 1], mechanisms[i]) >= 0))
            {
                throw new DomainValidationException("mechanisms-order", $"partial mechanism {DomainWords.Place(i)} is blank or out of ordinal order.", nameof(partialMechanisms), $"partialMechanisms[{i}]");
            }
        }

        if (coverage == Coverage.None && !mechanisms.IsEmpty)
        {
            throw new DomainValidationException("uncovered-with-mechanisms", $"{target} {number} is uncovered but lists partial mechanisms.", nameof(partialMechanisms));
        }

        var groups = Immutable.ToArrayChecked(categories, nameof(categories));
        for (var i = 0; i < groups.Length; i++)
        {
            Preconditions.Defined(groups[i], nameof(categories));
            if (i > 0 && groups[i - 1] >= groups[i])
            {
                throw new DomainValidationException("categories-order", $"category {DomainWords.Place(i)} repeats or is out of order: categories follow the order of the stakeholder groups.", nameof(categories), $"categories[{i}]");
            }
        }

        if (groups.Length > respondentCount)
        {
            throw new DomainValidationException("categories-exceed-respondents", $"{groups.Length} stakeholder categories cannot come from {respondentCount} respondents.", nameof(categories));
        }

        Rank = rank;
        Target = target;
        Number = number;
        Title = title.Trim();
        Coverage = coverage;
        PartialMechanisms = mechanisms;
        RespondentCount = respondentCount;
        Categories = groups;
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
