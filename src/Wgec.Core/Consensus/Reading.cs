using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Consensus;

/// <summary>
/// A reading of one recommendation at one meeting, with each participant's position. A participant
/// of the roster without a position counts as absent.
/// </summary>
/// <remarks>
/// <see cref="Positions"/> are kept sorted by participant id, so the order in which positions are
/// given never matters. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class Reading : IEquatable<Reading>
{
    /// <summary>Creates a reading.</summary>
    /// <param name="recommendation">The recommendation read.</param>
    /// <param name="meeting">The ordinal number of the meeting (1 for the first).</param>
    /// <param name="isFinal">Whether this is the last reading the process allows: no consensus then means no agreement.</param>
    /// <param name="positions">The positions, at most one per participant.</param>
    /// <exception cref="ArgumentException">The id is default, the meeting not positive, or a participant has two positions.</exception>
    public Reading(RecommendationId recommendation, int meeting, bool isFinal, IEnumerable<Position> positions)
    {
        if (recommendation.Value.Length == 0)
        {
            throw new DomainValidationException("required", "a reading needs a recommendation id.", nameof(recommendation));
        }

        Preconditions.Positive(meeting);
        var list = Immutable.ToArrayChecked(positions, nameof(positions));
        Recommendation = recommendation;
        Meeting = meeting;
        IsFinal = isFinal;

        // Positions usually come in participant order (as they are written): then nothing is copied.
        var ordered = true;
        for (var i = 1; i < list.Length && ordered; i++)
        {
            ordered = list[i - 1].Participant.CompareTo(list[i].Participant) < 0;
        }

        if (ordered)
        {
            Positions = list;
            return;
        }

        var seen = new HashSet<ParticipantId>();
        for (var i = 0; i < list.Length; i++)
        {
            if (!seen.Add(list[i].Participant))
            {
                throw new DomainValidationException("duplicate", $"participant '{list[i].Participant}' has two positions on '{recommendation}' at meeting {meeting.ToString(CultureInfo.InvariantCulture)}.", nameof(positions), $"positions[{i}].participant");
            }
        }

        Positions = list.Sort((a, b) => a.Participant.CompareTo(b.Participant));
    }

    /// <summary>The recommendation read.</summary>
    public RecommendationId Recommendation { get; }

    /// <summary>The ordinal number of the meeting.</summary>
    public int Meeting { get; }

    /// <summary>Whether this is the final reading.</summary>
    public bool IsFinal { get; }

    /// <summary>The positions, sorted by participant id.</summary>
    public ImmutableArray<Position> Positions { get; }

    /// <summary>The position of a participant; absent when none was given.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>The position kind.</returns>
    public PositionKind KindOf(ParticipantId participant)
    {
        foreach (var p in Positions)
        {
            if (p.Participant == participant)
            {
                return p.Kind;
            }
        }

        return PositionKind.Absent;
    }

    /// <summary>Returns a copy where a participant's position is replaced (or added).</summary>
    /// <param name="position">The new position.</param>
    /// <returns>A new reading.</returns>
    public Reading WithPosition(Position position)
    {
        Preconditions.NotNull(position);
        var others = Positions.RemoveAll(p => p.Participant == position.Participant);
        return new Reading(Recommendation, Meeting, IsFinal, others.Add(position));
    }

    /// <inheritdoc/>
    public bool Equals(Reading? other) =>
        other is not null && Recommendation == other.Recommendation && Meeting == other.Meeting && IsFinal == other.IsFinal
        && Immutable.SequenceEqual(Positions, other.Positions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Reading);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Recommendation, Meeting, IsFinal, Immutable.SequenceHash(Positions));
}
