using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Recommendations;
using Wgec.Core.Reporting;

namespace Wgec.Core.Tests.Recommendations;

/// <summary>
/// The declared public facts of the WGEC 2013–2014 in the recommendations area, each with its source
/// (DESIGN.md §3 and the Chair's report to CSTD 17). No recommendation text is invented: the
/// stored sources do not hold the drafts, so this builder holds categories, axes, structure, the
/// conditional logic and the final result only.
/// </summary>
internal static class Wgec2013Recommendations
{
    public static readonly SourceReference ChairsReport = new("Chair's report to CSTD 17 (Peter Major), slides 'WGEC 4th Meeting: Resources 1 and 3' and 'Results of the 4th meeting'");

    public static readonly SourceReference Outcome2014 = new("Diplo / GIP Digital Watch: CSTD Working Group on Enhanced Cooperation (WGEC)", new Uri("https://dig.watch/event/cstd-wg-enhanced-cooperation-wgec"));

    /// <summary>The meeting records cited for the meetings' dates and work (DESIGN.md §3).</summary>
    public static readonly SourceReference MeetingRecords = new("WGEC meeting records (studylib.net mirror)", new Uri("https://studylib.net/doc/10395145"));

    /// <summary>The 4th meeting's web page, as given in the Chair's report.</summary>
    public static readonly SourceReference FourthMeetingPage = new("UNCTAD meeting page of the WGEC 4th meeting, cited in the Chair's report", new Uri("http://unctad.org/en/pages/MeetingDetails.aspx?meetingid=545"));

    /// <summary>The groups whose draft recommendations were discussed at each meeting (Chair's report: 3rd meeting A, B, C and part of D; 4th meeting D and E, and A and C revisited).</summary>
    public static readonly ImmutableSortedDictionary<int, ImmutableArray<GroupKey>> GroupsDiscussed = new SortedDictionary<int, ImmutableArray<GroupKey>>
    {
        [3] = [new("A"), new("B"), new("C"), new("D")],
        [4] = [new("A"), new("C"), new("D"), new("E")],
    }.ToImmutableSortedDictionary();

    /// <summary>At the 4th meeting, "some agreements" on recommendations were reached in groups D and E (Chair's report, "Results of the 4th meeting").</summary>
    public static readonly ImmutableArray<GroupKey> GroupsWithSomeAgreementAtFourthMeeting = [new("D"), new("E")];

    /// <summary>After the 4th meeting, the draft recommendations of A and B were to be revisited (Chair's report).</summary>
    public static readonly ImmutableArray<GroupKey> GroupsToRevisitAfterFourthMeeting = [new("A"), new("B")];

    /// <summary>The four documents the members' contributions were grouped into for the 4th meeting.</summary>
    public static readonly ImmutableArray<string> FourthMeetingContributionCategories =
        ["statements", "agreed recommendations", "recommendations to be revisited", "no agreement"];

    /// <summary>The ordinal of the 4th meeting (30 April – 2 May 2014).</summary>
    public const int FourthMeeting = 4;

    /// <summary>The four diverging opinions of the 4th meeting, as two-pole axes.</summary>
    public static readonly ImmutableArray<DivergenceAxis> DivergenceAxes =
    [
        new("enhanced cooperation", "nothing happened", "much happened"),
        new("framework", "new body needed", "existing ones enough"),
        new("approach", "multilateral", "multi-stakeholder"),
        new("mapping exercise", "half empty", "half full"),
    ];

    /// <summary>The five groups of the agreed report structure (titles as in the Chair's slides).</summary>
    public static readonly ImmutableArray<ReportGroup> Groups =
    [
        new(new GroupKey("A"), "Implementation of the Tunis Agenda"),
        new(new GroupKey("B"), "Public policy issues and possible mechanisms"),
        new(new GroupKey("C"), "Role of stakeholders"),
        new(new GroupKey("D"), "Developing countries"),
        new(new GroupKey("E"), "Barriers for participation in enhanced cooperation"),
    ];

    /// <summary>The top-level headings of the agreed structure of the report.</summary>
    public static readonly ImmutableArray<string> ReportStructure =
    [
        "Introduction",
        "Description of the meetings and methodology",
        "A. Implementation of the Tunis Agenda",
        "B. Public policy issues and possible mechanisms",
        "C. Role of stakeholders",
        "D. Developing countries",
        "E. Barriers for participation in enhanced cooperation",
        "Conclusion",
    ];

    /// <summary>
    /// The record states results per group, not per recommendation, and holds no draft texts: each
    /// group's draft recommendations are one group-level record, its events reconstructed.
    /// </summary>
    public static readonly SourceReference GroupLevelRecords = new(
        "Chair's report to CSTD 17 (Peter Major), slides 'WGEC 3rd Meeting', 'Work of the 4th meeting' and 'Results of the 4th meeting'",
        derivation: new Derivation(
            DerivationKind.Reconstructed,
            "the record states results per group only: each group's draft recommendations are held as one group-level record without text, drafted at the 2nd meeting, read where the Chair's report says they were discussed, with the 4th meeting's result; events are dated to each meeting's last day at noon in Geneva and recorded by the Chair, who reports them"));

    /// <summary>The id of a group's group-level record, e.g. "wgec-2014-D".</summary>
    public static RecommendationId GroupRecordId(string group) => new("wgec-2014-" + group);

    /// <summary>
    /// The five group-level records: A and B to be revisited; C read at the 3rd and 4th meetings with
    /// no result stated; D and E with "some agreements" at the 4th meeting, recorded as to be revisited
    /// because the agreement was partial and the group's drafts were not agreed as a whole.
    /// </summary>
    public static ImmutableArray<Recommendation> GroupRecords() =>
    [
        GroupRecord("A", [3, 4], OutcomeKind.ToBeRevisited, "draft recommendations of group A to be revisited"),
        GroupRecord("B", [3], OutcomeKind.ToBeRevisited, "draft recommendations of group B to be revisited"),
        GroupRecord("C", [3, 4], null, null),
        GroupRecord("D", [3, 4], OutcomeKind.ToBeRevisited, "some agreements on recommendations in group D"),
        GroupRecord("E", [4], OutcomeKind.ToBeRevisited, "some agreements on recommendations in group E"),
    ];

    /// <summary>The 4th meeting's condition on the group-level records: some agreement in A or B unlocks C, D and E.</summary>
    public static ConditionalAgreement FourthMeetingCondition() => AAndBUnlockCDAndE(GroupRecords());

    /// <summary>The number of recommendations the WGEC agreed in 2014: none.</summary>
    public const int RecommendationsAgreedIn2014 = 0;

    /// <summary>
    /// The 4th meeting's conditional logic: "in case of agreement on some issues in A and B, agreement on
    /// the majority of issues in C, D and E". "Some" is read as at least one: the recommendations of C,
    /// D and E are agreed only if at least one recommendation of A or B is.
    /// </summary>
    public static ConditionalAgreement AAndBUnlockCDAndE(IEnumerable<Recommendation> recommendations)
    {
        var list = recommendations.ToList();
        var ab = list.Where(r => r.Group.Value is "A" or "B").Select(r => r.Id).ToList();
        var cde = list.Where(r => r.Group.Value is "C" or "D" or "E").Select(r => r.Id).ToList();
        return new ConditionalAgreement("agreement on some issues in A and B", ab, 1.0 / Math.Max(1, ab.Count), cde);
    }

    private static Recommendation GroupRecord(string group, int[] readAt, OutcomeKind? outcome, string? note)
    {
        var chair = new ParticipantId("chair");
        var title = $"Draft recommendations of group {group} (group-level record; texts not in the stored sources)";
        var events = new List<LifecycleEvent> { new(LifecycleEventKind.Drafted, Noon(2013, 11, 8), 2, chair) };
        events.AddRange(readAt.Select(m => new LifecycleEvent(LifecycleEventKind.Read, m == 3 ? Noon(2014, 2, 28) : Noon(2014, 5, 2), m, chair)));
        if (outcome is { } kind)
        {
            events.Add(new LifecycleEvent(LifecycleEventKind.OutcomeRecorded, Noon(2014, 5, 2) + Duration.FromMinutes(1), FourthMeeting, chair, kind, note));
        }

        return new Recommendation(
            GroupRecordId(group),
            new GroupKey(group),
            title,
            [new RecommendationVersion(1, title, chair)],
            new RecommendationHistory(events));
    }

    // Noon in Geneva (UTC+1 in winter, UTC+2 in summer), as an instant.
    private static Instant Noon(int year, int month, int day) =>
        new LocalDateTime(year, month, day, 12, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Zurich"]).ToInstant();

    /// <summary>
    /// The skeleton of the 2014 report in the agreed structure, with declared facts only: the mandate,
    /// the four meetings, the five groups (no recommendation texts are stored), and the final result.
    /// </summary>
    public static ReportOutline Outline2014() => ReportOutline.Create(
        "Report of the CSTD Working Group on Enhanced Cooperation (2013–2014)",
        ["Mandate: UNGA resolution A/RES/67/195 (2012) invited the CSTD Chair to establish a working group to examine the WSIS mandate on enhanced cooperation, and to report to CSTD at its 17th session."],
        ["Four physical meetings in Geneva: 30 May (afternoon)–31 May 2013; 6–8 November 2013; 24–28 February 2014; 30 April–2 May 2014.",
         "Contributions for the 4th meeting were grouped into statements, agreed recommendations, recommendations to be revisited, and no agreement."],
        Groups,
        [],
        new Dictionary<RecommendationId, ConsensusOutcome>(),
        [],
        DivergenceAxes,
        ["No recommendations were agreed in 2014."]);

    /// <summary>The final 2014 result: each recommendation read, not agreed, declared so when the group reported to CSTD 17.</summary>
    public static ConsensusOutcome Final2014(RecommendationId recommendation) =>
        ConsensusOutcome.DeclaredNoAgreement(recommendation, FourthMeeting, "no recommendations were agreed in 2014 (" + Outcome2014.Citation + ")");
}
