using System;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Consensus;

/// <summary>
/// One participant as the consensus rules see them: their stakeholder group and their standing.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class RosterEntry : IEquatable<RosterEntry>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="group">The participant's stakeholder group.</param>
    /// <param name="standing">The participant's standing, which decides whether their position counts.</param>
    /// <exception cref="ArgumentException">The participant id is the default value, or an enum value is undefined.</exception>
    public RosterEntry(ParticipantId participant, StakeholderGroup group, Standing standing)
    {
        if (participant.Value.Length == 0)
        {
            throw new DomainValidationException("required", "a roster entry needs a participant id.", nameof(participant));
        }

        Participant = participant;
        Group = Guard.Against.EnumOutOfRange(group);
        Standing = Guard.Against.EnumOutOfRange(standing);
    }

    /// <summary>The participant.</summary>
    public ParticipantId Participant { get; }

    /// <summary>The participant's stakeholder group.</summary>
    public StakeholderGroup Group { get; }

    /// <summary>The participant's standing.</summary>
    public Standing Standing { get; }

    /// <summary>Whether this participant's position decides consensus (see <see cref="StandingExtensions.Decides"/>).</summary>
    public bool Decides => Standing.Decides();

    /// <inheritdoc/>
    public bool Equals(RosterEntry? other) =>
        other is not null && Participant == other.Participant && Group == other.Group && Standing == other.Standing;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RosterEntry);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Participant, Group, Standing);

    /// <summary>The entry as text, e.g. "de (Governments, Member)".</summary>
    /// <returns>The entry as text.</returns>
    public override string ToString() => $"{Participant} ({Group}, {Standing})";
}
