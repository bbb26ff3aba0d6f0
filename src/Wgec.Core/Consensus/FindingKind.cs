namespace Wgec.Core.Consensus;

/// <summary>What one item of an outcome's explanation says.</summary>
/// <remarks><c>default</c> is <see cref="BlockingObjection"/>.</remarks>
public enum FindingKind
{
    /// <summary>A member holds an open or sustained objection (participant, group, disposition, reason).</summary>
    BlockingObjection = 0,

    /// <summary>Too few members took a position (actual = present, required = needed).</summary>
    QuorumNotMet = 1,

    /// <summary>A stakeholder group with members present has too few supporters (group, actual, required).</summary>
    GroupWithoutSupport = 2,

    /// <summary>An objection has no disposition other than open yet (participant, group, reason).</summary>
    ObjectionNotAddressed = 3,

    /// <summary>Sustained objections reach the configured share of members present (actual = sustained, required = the count that must not be reached).</summary>
    TooManySustainedObjections = 4,

    /// <summary>Every present member of a stakeholder group sustains an objection (group).</summary>
    WholeGroupSustains = 5,

    /// <summary>The group-aware score against its threshold (actual = score, required = threshold); blocking when below.</summary>
    GroupAwareScore = 6,

    /// <summary>Too few of the members present and voting support (actual = supporters, required = needed).</summary>
    MajorityNotReached = 7,

    /// <summary>A package the recommendation belongs to is not agreed (text = package, items = the items not agreed).</summary>
    PackageNotAgreed = 8,

    /// <summary>The condition the recommendation depends on is not met (text = condition, items = prerequisites not agreed, actual, required).</summary>
    ConditionNotMet = 9,

    /// <summary>The outcome was declared, not evaluated (text = the declaration).</summary>
    Declared = 10,

    /// <summary>A member supports with a reservation, which is recorded (participant, group, text); never blocking.</summary>
    Reservation = 11,
}
