using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Internal;

namespace Wgec.Core.Process;

/// <summary>
/// How many seats each stakeholder group should hold, e.g. 22 Member States and five seats for
/// each other group.
/// </summary>
/// <remarks>
/// Groups are kept in enum order; a group that is absent has no seats. Equality is by content.
/// Immutable and thread-safe.
/// </remarks>
public sealed class CompositionPolicy : IEquatable<CompositionPolicy>
{
    /// <summary>Creates a policy.</summary>
    /// <param name="seats">The seats per stakeholder group; each group at most once, each count at least 0.</param>
    /// <param name="description">A paraphrase of the policy, e.g. "four per UN regional group plus the two WSIS hosts".</param>
    /// <exception cref="ArgumentException">A group is undefined or repeated, a count is negative, or a text is blank.</exception>
    public CompositionPolicy(IEnumerable<KeyValuePair<StakeholderGroup, int>> seats, string? description = null)
    {
        Preconditions.NotNull(seats);
        var builder = ImmutableSortedDictionary.CreateBuilder<StakeholderGroup, int>();
        var index = 0;
        foreach (var pair in seats)
        {
            var location = $"seats[{index}]";
            if (!DomainText.IsDefined(pair.Key))
            {
                throw new DomainValidationException("undefined-value", $"{DomainWords.Entry(nameof(seats), index)} names an undefined stakeholder group ({(int)pair.Key}).", nameof(seats), location);
            }

            if (pair.Value < 0)
            {
                throw new DomainValidationException("negative-seats", $"{DomainWords.Entry(nameof(seats), index)} gives {DomainWords.Of(pair.Key)} {pair.Value} seats; a count must not be negative.", nameof(seats), location);
            }

            if (builder.ContainsKey(pair.Key))
            {
                throw new DomainValidationException("duplicate-group", $"{DomainWords.Entry(nameof(seats), index)} repeats the stakeholder group {DomainWords.Of(pair.Key)}.", nameof(seats), location);
            }

            builder.Add(pair.Key, pair.Value);
            index++;
        }

        Seats = builder.ToImmutable();
        Description = DomainText.Optional(description, nameof(description));
    }

    /// <summary>The seats per stakeholder group, in enum order.</summary>
    public ImmutableSortedDictionary<StakeholderGroup, int> Seats { get; }

    /// <summary>A paraphrase of the policy, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>The total number of seats.</summary>
    public int TotalSeats => Seats.Values.Sum();

    /// <summary>The seats the policy gives a group; 0 when the group is absent.</summary>
    /// <param name="group">The stakeholder group.</param>
    /// <returns>The number of seats.</returns>
    public int SeatsFor(StakeholderGroup group) => Seats.TryGetValue(group, out var count) ? count : 0;

    /// <inheritdoc/>
    public bool Equals(CompositionPolicy? other) =>
        other is not null
        && Seats.Count == other.Seats.Count
        && Seats.All(pair => other.Seats.TryGetValue(pair.Key, out var count) && count == pair.Value)
        && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CompositionPolicy);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var pair in Seats)
        {
            hash.Add(pair.Key);
            hash.Add(pair.Value);
        }

        hash.Add(Description is null ? 0 : StringComparer.Ordinal.GetHashCode(Description));
        return hash.ToHashCode();
    }

    /// <summary>The seats per group, e.g. "Governments: 22, PrivateSector: 5".</summary>
    /// <returns>The policy as text.</returns>
    public override string ToString() => string.Join(", ", Seats.Select(pair => $"{pair.Key}: {pair.Value}"));
}
