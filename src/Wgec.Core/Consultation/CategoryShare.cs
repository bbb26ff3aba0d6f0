using System;
using Wgec.Core.Process;

namespace Wgec.Core.Consultation;

/// <summary>One stakeholder group's share of a <see cref="CategoryDistribution"/>.</summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class CategoryShare : IEquatable<CategoryShare>
{
    internal CategoryShare(StakeholderGroup group, int count, int sum)
    {
        Group = group;
        Count = count;
        Percentage = sum == 0 ? 0m : Math.Round(count * 100m / sum, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>The stakeholder group.</summary>
    public StakeholderGroup Group { get; }

    /// <summary>The number of respondents in the group.</summary>
    public int Count { get; }

    /// <summary>The group's percentage of the sum of all group counts, rounded to two decimals (0 when the sum is 0).</summary>
    public decimal Percentage { get; }

    /// <inheritdoc/>
    public bool Equals(CategoryShare? other) => other is not null && Group == other.Group && Count == other.Count && Percentage == other.Percentage;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CategoryShare);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Group, Count, Percentage);
}
