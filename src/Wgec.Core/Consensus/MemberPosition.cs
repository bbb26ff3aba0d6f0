using System;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Consensus;

/// <summary>A deciding member's position at a reading, with the disposition of their objection if they object.</summary>
/// <remarks>Created by <see cref="ConsensusContext"/>. Equality is by content. Immutable and thread-safe.</remarks>
public sealed class MemberPosition : IEquatable<MemberPosition>
{
    internal MemberPosition(RosterEntry entry, Position? position, ObjectionDisposition? disposition)
    {
        Entry = entry;
        Kind = position?.Kind ?? PositionKind.Absent;
        Text = position?.Text;
        Disposition = disposition;
    }

    /// <summary>The member's roster entry.</summary>
    public RosterEntry Entry { get; }

    /// <summary>The member.</summary>
    public ParticipantId Participant => Entry.Participant;

    /// <summary>The member's stakeholder group.</summary>
    public StakeholderGroup Group => Entry.Group;

    /// <summary>The member's name, or <see langword="null"/> when the roster does not name them.</summary>
    public string? Name => Entry.Name;

    /// <summary>Whether the member is present and their position counts as a vote against under qualified majority: an objection neither withdrawn nor accommodated.</summary>
    public bool VotesAgainst => Disposition is ObjectionDisposition.Open or ObjectionDisposition.Sustained or ObjectionDisposition.AddressedNotAccommodated;

    /// <summary>The position (absent when none was given).</summary>
    public PositionKind Kind { get; }

    /// <summary>The reservation or reason, or <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>The current disposition of the member's objection; <see langword="null"/> unless the position is an objection.</summary>
    public ObjectionDisposition? Disposition { get; }

    /// <summary>Whether the member objects and the objection is open or sustained.</summary>
    public bool HoldsBlockingObjection => Disposition is ObjectionDisposition.Open or ObjectionDisposition.Sustained;

    /// <inheritdoc/>
    public bool Equals(MemberPosition? other) =>
        other is not null && Entry.Equals(other.Entry) && Kind == other.Kind && Disposition == other.Disposition
        && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MemberPosition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Entry, Kind, Disposition);
}
