namespace Wgec.Core.Meetings;

/// <summary>What kind of dated event a <see cref="TimelineEvent"/> is.</summary>
/// <remarks>
/// Among events on the same dates, the timeline orders by this kind, in declaration order. The
/// numeric values are not part of the contract: JSON writes the names. <c>default</c> is <see cref="Mandate"/>.
/// </remarks>
public enum TimelineEventKind
{
    /// <summary>The adoption of the mandate.</summary>
    Mandate = 0,

    /// <summary>The establishment of the group.</summary>
    Establishment = 1,

    /// <summary>A meeting of the group.</summary>
    Meeting = 2,

    /// <summary>A deadline, e.g. for questionnaire responses.</summary>
    Deadline = 3,

    /// <summary>A milestone of a subgroup, e.g. the correspondence group's final document.</summary>
    SubgroupMilestone = 4,

    /// <summary>An outside event.</summary>
    ExternalEvent = 5,

    /// <summary>The report to the parent body.</summary>
    Report = 6,

    /// <summary>Any other dated event.</summary>
    Other = 7,
}
