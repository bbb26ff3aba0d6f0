namespace Wgec.Core.Consensus;

/// <summary>What one item of an outcome's explanation says.</summary>
/// <remarks><c>default</c> is <see cref="BlockingObjection"/>.</remarks>
public enum FindingKind
{
    /// <summary>A member holds an open or sustained objection (participant, group, disposition, reason).</summary>
    BlockingObjection = 0,

    /// <summary>Too few members took a position (actual = present, required = needed, basis = deciding members, share = quorum).</summary>
    QuorumNotMet = 1,

    /// <summary>A stakeholder group with members present has too few supporters (group, actual = supporters, required, basis = present in the group).</summary>
    GroupWithoutSupport = 2,

    /// <summary>An objection has no disposition other than open yet (participant, group, reason).</summary>
    ObjectionNotAddressed = 3,

    /// <summary>Sustained objections reach the configured share of members present (actual = sustained, required = the count that must not be reached, basis = present, share).</summary>
    TooManySustainedObjections = 4,

    /// <summary>Every present member of a stakeholder group sustains an objection (group, actual = present in the group, required = the least group size that blocks).</summary>
    WholeGroupSustains = 5,

    /// <summary>The group-aware score against its threshold (actual = score, required = threshold); blocking when below.</summary>
    GroupAwareScore = 6,

    /// <summary>Too few of the members present and voting support (actual = supporters, required = needed, basis = present and voting, share).</summary>
    MajorityNotReached = 7,

    /// <summary>A package the recommendation belongs to is not agreed (text = package, items = the items not agreed).</summary>
    PackageNotAgreed = 8,

    /// <summary>The condition the recommendation depends on is not met (text = condition, items = prerequisites not agreed, actual = agreed, required, basis = prerequisites).</summary>
    ConditionNotMet = 9,

    /// <summary>The outcome was declared, not evaluated (text = the declaration).</summary>
    Declared = 10,

    /// <summary>A member supports with a reservation, which is recorded (participant, group, text); never blocking.</summary>
    Reservation = 11,

    /// <summary>Enough members took a position (the figures of <see cref="QuorumNotMet"/>); never blocking.</summary>
    QuorumMet = 12,

    /// <summary>A stakeholder group with members present has enough supporters (the figures of <see cref="GroupWithoutSupport"/>); never blocking.</summary>
    GroupSupported = 13,

    /// <summary>Sustained objections stay under the limit (the figures of <see cref="TooManySustainedObjections"/>); never blocking.</summary>
    SustainedObjectionsUnderLimit = 14,

    /// <summary>A member sustains an objection (participant, group, reason); blocking when sustained objections are too many or the member's whole group sustains.</summary>
    SustainedObjection = 15,

    /// <summary>Enough of the members present and voting support (the figures of <see cref="MajorityNotReached"/>); never blocking.</summary>
    MajorityReached = 16,
}
