using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Wgec.Core.Consensus;

/// <summary>
/// What a rule evaluates: a reading, the roster that gives each participant a group and a
/// standing, and the objection ledger that gives each objection its disposition.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class ConsensusContext : IEquatable<ConsensusContext>
{
    /// <summary>Creates a context.</summary>
    /// <param name="reading">The reading.</param>
    /// <param name="roster">The roster; every participant with a position must be on it.</param>
    /// <param name="ledger">The objection ledger; <see langword="null"/> for <see cref="ObjectionLedger.Empty"/> (every objection open).</param>
    /// <exception cref="ArgumentException">A position belongs to a participant who is not on the roster.</exception>
    public ConsensusContext(Reading reading, Roster roster, ObjectionLedger? ledger = null)
    {
        Preconditions.NotNull(reading);
        Preconditions.NotNull(roster);
        for (var i = 0; i < reading.Positions.Length; i++)
        {
            var participant = reading.Positions[i].Participant;
            if (!roster.Contains(participant))
            {
                throw new DomainValidationException("unknown-participant", $"participant '{participant}' has a position on '{reading.Recommendation}' but is not on the roster.", nameof(reading), $"positions[{i.ToString(CultureInfo.InvariantCulture)}].participant");
            }
        }

        Reading = reading;
        Roster = roster;
        Ledger = ledger ?? ObjectionLedger.Empty;
        Members = roster.DecidingMembers
            .Select(e => new MemberPosition(e, reading.Positions.FirstOrDefault(p => p.Participant == e.Participant), this))
            .ToImmutableArray();
    }

    /// <summary>The reading.</summary>
    public Reading Reading { get; }

    /// <summary>The roster.</summary>
    public Roster Roster { get; }

    /// <summary>The objection ledger.</summary>
    public ObjectionLedger Ledger { get; }

    /// <summary>
    /// Every deciding member of the roster (members and subgroup coordinators) with their position at
    /// this reading, sorted by participant id; members without a position are absent. Observers,
    /// the chair and the secretariat are not here: their positions are recorded, never counted.
    /// </summary>
    public ImmutableArray<MemberPosition> Members { get; }

    /// <summary>Returns a copy with another reading, against the same roster and ledger.</summary>
    /// <param name="reading">The reading.</param>
    /// <returns>A new context.</returns>
    public ConsensusContext WithReading(Reading reading) => new(reading, Roster, Ledger);

    /// <inheritdoc/>
    public bool Equals(ConsensusContext? other) =>
        other is not null && Reading.Equals(other.Reading) && Roster.Equals(other.Roster) && Ledger.Equals(other.Ledger);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConsensusContext);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Reading, Roster, Ledger);
}
