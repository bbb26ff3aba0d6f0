using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Wgec.Core.Internal;

namespace Wgec.Core.Consultation;

/// <summary>
/// The aggregate figures a public record declares about a consultation, kept beside (and
/// independent of) the detailed records: a total number of respondents and a per-group
/// distribution, each with its source. Neither is ever corrected to fit the other.
/// </summary>
/// <remarks>
/// Group counts are kept in <see cref="Process.StakeholderGroup"/> order. Equality is by content.
/// Immutable and thread-safe.
/// </remarks>
public sealed class DeclaredFigures : IEquatable<DeclaredFigures>
{
    /// <summary>Creates declared figures.</summary>
    /// <param name="total">The declared total number of respondents (a count without group), or <see langword="null"/>.</param>
    /// <param name="byGroup">The declared count per stakeholder group; each names a group, none twice.</param>
    /// <exception cref="ArgumentException">The total names a group, a group count names none, or a group is counted twice.</exception>
    public DeclaredFigures(DeclaredCount? total, IEnumerable<DeclaredCount>? byGroup = null)
    {
        if (total?.Group is not null)
        {
            throw new DomainValidationException("total-with-group", "a declared total must not name a stakeholder group.", nameof(total), "total.group");
        }

        var list = Immutable.ToArrayOrEmpty(byGroup, nameof(byGroup));
        var seen = new HashSet<Process.StakeholderGroup>();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Group is not { } group)
            {
                throw new DomainValidationException("group-required", $"declared group count {DomainWords.Place(i)} names no stakeholder group.", nameof(byGroup), $"byGroup[{i}].group");
            }

            if (!seen.Add(group))
            {
                throw new DomainValidationException("duplicate-group", $"stakeholder group {DomainWords.Of(group)} is declared twice.", nameof(byGroup), $"byGroup[{i}].group");
            }
        }

        Total = total;
        ByGroup = list.OrderBy(c => c.Group).ToImmutableArray();
    }

    /// <summary>No declared figures.</summary>
    public static DeclaredFigures None { get; } = new(null);

    /// <summary>The declared total, or <see langword="null"/>.</summary>
    public DeclaredCount? Total { get; }

    /// <summary>The declared counts per group, in group order.</summary>
    public ImmutableArray<DeclaredCount> ByGroup { get; }

    /// <summary>The sum of the declared group counts.</summary>
    public int GroupSum => ByGroup.Sum(c => c.Count);

    /// <summary>
    /// Where the declared figures disagree with each other: the group counts do not sum to the
    /// declared total (<c>declared-distribution-sum-mismatch</c>, declared = total, computed = sum).
    /// </summary>
    /// <returns>The findings; empty when consistent or when either figure is missing.</returns>
    public ImmutableArray<DataQualityFinding> Findings()
    {
        if (Total is null || ByGroup.IsEmpty || GroupSum == Total.Count)
        {
            return ImmutableArray<DataQualityFinding>.Empty;
        }

        var parts = string.Join(" + ", ByGroup.Select(c => c.Count.ToString(CultureInfo.InvariantCulture)));
        return ImmutableArray.Create(new DataQualityFinding(
            "declared-distribution-sum-mismatch",
            $"the declared counts per stakeholder group ({parts} = {GroupSum.ToString(CultureInfo.InvariantCulture)}) do not sum to the declared total of {Total.Count.ToString(CultureInfo.InvariantCulture)} respondents.",
            Total.Count,
            GroupSum));
    }

    /// <inheritdoc/>
    public bool Equals(DeclaredFigures? other) =>
        other is not null && Equals(Total, other.Total) && Immutable.SequenceEqual(ByGroup, other.ByGroup);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DeclaredFigures);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Total, Immutable.SequenceHash(ByGroup));
}
