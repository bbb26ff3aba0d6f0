using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Wgec.Core.Process;

namespace Wgec.Core.Consultation;

/// <summary>
/// The distribution of respondents by stakeholder group, as counts and percentages, computed from
/// records or taken from declared figures.
/// </summary>
/// <remarks>
/// <see cref="Shares"/> holds every <see cref="StakeholderGroup"/> in enum order (zero counts
/// included), so results are deterministic. Percentages are of <see cref="GroupSum"/>, so they add
/// up to 100 (up to rounding) even when a declared total disagrees. Equality is by content.
/// Immutable and thread-safe.
/// </remarks>
public sealed class CategoryDistribution : IEquatable<CategoryDistribution>
{
    private static readonly StakeholderGroup[] Groups = GroupOrder.All;

    /// <summary>Creates a distribution.</summary>
    /// <param name="total">The total number of respondents: counted, or declared (may differ from the group sum).</param>
    /// <param name="counts">The count per group; a group left out counts 0.</param>
    /// <param name="isDeclared">Whether the figures are declared rather than computed from records.</param>
    /// <exception cref="ArgumentException">A count or the total is negative, or a group is undefined.</exception>
    public CategoryDistribution(int total, IReadOnlyDictionary<StakeholderGroup, int> counts, bool isDeclared)
    {
        Preconditions.NotNegative(total);
        Preconditions.NotNull(counts);
        foreach (var pair in counts)
        {
            Preconditions.Defined(pair.Key, nameof(counts));
            Preconditions.NotNegative(pair.Value, nameof(counts));
        }

        var sum = counts.Values.Sum();
        Total = total;
        IsDeclared = isDeclared;
        GroupSum = sum;
        Shares = Groups.Select(g => new CategoryShare(g, counts.TryGetValue(g, out var c) ? c : 0, sum)).ToImmutableArray();
    }

    /// <summary>The total number of respondents.</summary>
    public int Total { get; }

    /// <summary>The sum of the group counts.</summary>
    public int GroupSum { get; }

    /// <summary>Whether the figures are declared rather than computed.</summary>
    public bool IsDeclared { get; }

    /// <summary>One share per stakeholder group, in enum order.</summary>
    public ImmutableArray<CategoryShare> Shares { get; }

    /// <summary>The count of one group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The count.</returns>
    public int CountOf(StakeholderGroup group) => Shares.First(s => s.Group == group).Count;

    /// <summary>The distribution that declared figures state.</summary>
    /// <param name="declared">The declared figures.</param>
    /// <returns>A declared distribution; its total is the declared total, or the group sum when no total is declared.</returns>
    public static CategoryDistribution FromDeclared(DeclaredFigures declared)
    {
        Preconditions.NotNull(declared);
        var counts = declared.ByGroup.ToDictionary(c => c.Group!.Value, c => c.Count);
        return new CategoryDistribution(declared.Total?.Count ?? declared.GroupSum, counts, isDeclared: true);
    }

    /// <summary>
    /// Checks this distribution against declared figures. A computed distribution is compared with
    /// the declared total (<c>respondent-total-mismatch</c>) and each declared group count
    /// (<c>category-count-mismatch</c>); any distribution whose group sum differs from its total
    /// also gets <c>distribution-sum-mismatch</c>. Nothing is corrected.
    /// </summary>
    /// <param name="declared">The declared figures.</param>
    /// <returns>The findings, in a fixed order.</returns>
    public ImmutableArray<DataQualityFinding> CheckAgainst(DeclaredFigures declared)
    {
        Preconditions.NotNull(declared);
        var findings = ImmutableArray.CreateBuilder<DataQualityFinding>();
        if (GroupSum != Total)
        {
            findings.Add(new DataQualityFinding(
                IsDeclared ? "declared-distribution-sum-mismatch" : "distribution-sum-mismatch",
                $"the counts per stakeholder group sum to {Text(GroupSum)}, not to the total of {Text(Total)}.",
                Total,
                GroupSum));
        }

        if (!IsDeclared)
        {
            if (declared.Total is { } total && total.Count != Total)
            {
                findings.Add(new DataQualityFinding(
                    "respondent-total-mismatch",
                    $"{Text(Total)} respondents are recorded, but {total.Source.Citation} declares {Text(total.Count)}.",
                    total.Count,
                    Total));
            }

            foreach (var count in declared.ByGroup)
            {
                var computed = CountOf(count.Group!.Value);
                if (computed != count.Count)
                {
                    findings.Add(new DataQualityFinding(
                        "category-count-mismatch",
                        $"{Text(computed)} respondents from {DomainWords.Of(count.Group!.Value)} are recorded, but {count.Source.Citation} declares {Text(count.Count)}.",
                        count.Count,
                        computed));
                }
            }
        }

        return findings.ToImmutable();
    }

    /// <inheritdoc/>
    public bool Equals(CategoryDistribution? other) =>
        other is not null && Total == other.Total && IsDeclared == other.IsDeclared && Shares.SequenceEqual(other.Shares);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CategoryDistribution);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Total, IsDeclared, Internal.Immutable.SequenceHash(Shares));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
