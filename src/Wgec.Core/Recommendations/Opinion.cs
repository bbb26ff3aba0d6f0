using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Recommendations;

/// <summary>
/// A divergent view, as included in the report: its holders, its statement, the recommendation
/// or group it concerns, and its places on divergence axes.
/// </summary>
/// <remarks>Holders are sorted and distinct; placements sorted by axis, one per axis. Equality is by content. Immutable and thread-safe.</remarks>
public sealed class Opinion : IEquatable<Opinion>
{
    /// <summary>Creates an opinion.</summary>
    /// <param name="group">The grouping it concerns (e.g. "A").</param>
    /// <param name="recommendation">The recommendation it concerns, or <see langword="null"/> for a general view.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="holders">Who holds it; at least one.</param>
    /// <param name="statement">What it says.</param>
    /// <param name="placements">Its places on axes; one per axis.</param>
    /// <exception cref="ArgumentException">A rule above is broken.</exception>
    public Opinion(GroupKey group, RecommendationId? recommendation, OpinionSource source, IEnumerable<ParticipantId> holders, string statement, IEnumerable<AxisPlacement>? placements = null)
    {
        if (group.Value.Length == 0)
        {
            throw new DomainValidationException("required", "an opinion names the group it concerns.", nameof(group));
        }

        Preconditions.Defined(source);
        Preconditions.NotBlank(statement);
        var who = Immutable.ToArrayChecked(holders, nameof(holders));
        if (who.IsEmpty || who.Distinct().Count() != who.Length)
        {
            throw new DomainValidationException("invalid-holders", "an opinion has at least one holder, each listed once.", nameof(holders));
        }

        var places = Immutable.ToArrayOrEmpty(placements, nameof(placements));
        if (places.Select(p => p.Axis).Distinct(StringComparer.Ordinal).Count() != places.Length)
        {
            throw new DomainValidationException("duplicate", "an opinion has one place per axis.", nameof(placements));
        }

        Group = group;
        Recommendation = recommendation;
        Source = source;
        Holders = who.Sort();
        Statement = statement.Trim();
        Placements = places.Sort((a, b) => string.CompareOrdinal(a.Axis, b.Axis));
    }

    /// <summary>The grouping it concerns.</summary>
    public GroupKey Group { get; }

    /// <summary>The recommendation it concerns, or <see langword="null"/>.</summary>
    public RecommendationId? Recommendation { get; }

    /// <summary>Where it comes from.</summary>
    public OpinionSource Source { get; }

    /// <summary>Who holds it, sorted.</summary>
    public ImmutableArray<ParticipantId> Holders { get; }

    /// <summary>What it says.</summary>
    public string Statement { get; }

    /// <summary>Its places on axes, sorted by axis.</summary>
    public ImmutableArray<AxisPlacement> Placements { get; }

    /// <summary>
    /// The opinions of a reading that was not agreed: each objection and each reservation becomes an
    /// opinion; participants who gave the same text of the same kind hold one opinion together
    /// (observers included: their views are recorded). None when agreed.
    /// </summary>
    /// <param name="group">The grouping of the recommendation.</param>
    /// <param name="reading">The reading.</param>
    /// <param name="outcome">Its outcome.</param>
    /// <returns>The opinions, ordered by their first holder.</returns>
    public static ImmutableArray<Opinion> FromReading(GroupKey group, Reading reading, ConsensusOutcome outcome)
    {
        Preconditions.NotNull(reading);
        Preconditions.NotNull(outcome);
        if (outcome.IsAgreed)
        {
            return [];
        }

        return reading.Positions
            .Where(p => p.Kind.RequiresText())
            .GroupBy(p => (p.Kind, p.Text))
            .Select(g => new Opinion(group, reading.Recommendation, g.Key.Kind == PositionKind.Objection ? OpinionSource.Objection : OpinionSource.Reservation, g.Select(p => p.Participant), g.Key.Text!))
            .OrderBy(o => o.Holders[0])
            .ToImmutableArray();
    }

    /// <summary>Returns a copy placed on an axis (replacing an earlier place on it).</summary>
    /// <param name="placement">The placement.</param>
    /// <returns>A new opinion.</returns>
    public Opinion WithPlacement(AxisPlacement placement)
    {
        Preconditions.NotNull(placement);
        return new Opinion(Group, Recommendation, Source, Holders, Statement, Placements.RemoveAll(p => p.Axis == placement.Axis).Add(placement));
    }

    /// <inheritdoc/>
    public bool Equals(Opinion? other) =>
        other is not null && Group == other.Group && Recommendation == other.Recommendation && Source == other.Source
        && Immutable.SequenceEqual(Holders, other.Holders) && string.Equals(Statement, other.Statement, StringComparison.Ordinal)
        && Immutable.SequenceEqual(Placements, other.Placements);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Opinion);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Group, Recommendation, Source, Immutable.SequenceHash(Holders), StringComparer.Ordinal.GetHashCode(Statement));
}
