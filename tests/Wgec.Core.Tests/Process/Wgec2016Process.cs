using System;
using System.Collections.Immutable;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Meetings;
using Wgec.Core.Process;

namespace Wgec.Core.Tests.Process;

/// <summary>
/// The 2016–2018 CSTD Working Group on Enhanced Cooperation, built only from UNCTAD's and Digital
/// Watch's public pages and one participant's published account, paraphrased. The stored sources
/// give no roster, no seats per stakeholder group and nothing on the third meeting, so the group
/// holds its chair and secretariat only and meetings 1, 2, 4 and 5. Whatever the sources do not
/// state outright carries a <see cref="Derivation"/>.
/// </summary>
internal static class Wgec2016Process
{
    private const string Zurich = "Europe/Zurich";

    internal static readonly SourceReference UnctadNews = new(
        "UNCTAD news, 'Working Group on Enhanced Cooperation' (call for contributions to the second meeting)",
        new Uri("https://unctad.org/news/working-group-enhanced-cooperation"));

    internal static readonly SourceReference DigWatchFirstMeeting = new(
        "Digital Watch, first meeting of the CSTD Working Group on Enhanced Cooperation (30 September 2016)",
        new Uri("https://dig.watch/?p=15054"));

    internal static readonly SourceReference UnctadFourthMeeting = new(
        "UNCTAD, Working Group on Enhanced Cooperation (2016-2018), fourth meeting",
        new Uri("https://unctad15.org/external/meeting/working-group-enhanced-cooperation-2016-2018-fourth-meeting"));

    internal static readonly SourceReference DigWatchFourthMeeting = new(
        "Digital Watch, CSTD Working Group on Enhanced Cooperation: 4th meeting (event update)",
        new Uri("https://dig.watch/events/cstd-working-group-enhanced-cooperation-4th-meeting-0"));

    internal static readonly SourceReference UnctadFifthMeeting = new(
        "UNCTAD, Working Group on Enhanced Cooperation (2016-2018), fifth meeting, with the Chair's letter on his second draft of the report",
        new Uri("https://unctad.org/meeting/working-group-enhanced-cooperation-2016-2018-fifth-meeting"));

    internal static readonly SourceReference DigWatchFifthMeeting = new(
        "Digital Watch, CSTD Working Group on Enhanced Cooperation – 5th meeting (29–31 January 2018)",
        new Uri("https://wp.dig.watch/?p=15019"));

    /// <summary>A member's account of the fifth meeting (ICANN was a member for the technical community), posted on 4 February 2018.</summary>
    internal static readonly SourceReference HicksonAccount = new(
        "Nigel Hickson (ICANN), note on the fifth WGEC meeting, ICANN CCWG Internet Governance mailing list, 4 February 2018",
        new Uri("http://mm.icann.org/pipermail/ccwg-internet-governance/2018-February/003009.html"));

    internal static readonly SourceReference RipeListAnnouncement = new(
        "Chris Buckridge, RIPE Cooperation Working Group mailing list, 23 December 2016: the open call for contributions after the first meeting",
        new Uri("https://www.mail-archive.com/cooperation-wg@ripe.net/msg00818.html"));

    internal static readonly SourceReference Resolution70125 = new("UN General Assembly resolution A/RES/70/125 (16 December 2015)", new Uri("https://undocs.org/A/RES/70/125"));

    internal static readonly SourceReference Cstd21 = new(
        "Digital Watch, Commission on Science and Technology for Development – 21st session (14–18 May 2018, Geneva)",
        new Uri("https://dig.watch/events/commission-science-and-technology-development-%E2%80%93-21st-session"));

    internal static readonly SourceReference FifthMeetingPage = new(
        "UNCTAD meeting page of the fifth WGEC meeting, where the daily transcripts were to be posted (named in the account of the meeting)",
        new Uri("http://unctad.org/en/pages/MeetingDetails.aspx?meetingid=1613"));

    /// <summary>The pages give each meeting's dates, not its sessions: whole days are reconstructed.</summary>
    internal static readonly SourceReference WholeDaySessions = UnctadNews.WithDerivation(new Derivation(
        DerivationKind.Reconstructed,
        "the sources give the meetings' dates only; each day is recorded as one whole-day session"));

    /// <summary>The second meeting's venue is not in the stored sources.</summary>
    internal static readonly SourceReference SecondMeetingInGeneva = UnctadNews.WithDerivation(new Derivation(
        DerivationKind.Inferred,
        "the call for contributions gives the second meeting's dates (26–27 January 2017) but not its venue; Geneva is inferred because every other meeting of the group on record was held there"));

    /// <summary>The working group with its mandate, its officers, its modalities, four of its five meetings and its end.</summary>
    internal static WorkingGroup Build() => new(
        "CSTD Working Group on Enhanced Cooperation (WGEC, 2016–2018)",
        Mandate(),
        Composition(),
        Modalities(),
        [FirstMeeting(), SecondMeeting(), FourthMeeting(), FifthMeeting()],
        observerAdmissions: [],
        establishedOn: new LocalDate(2016, 5, 3),
        sources: [UnctadNews, DigWatchFirstMeeting, HicksonAccount],
        end: new ProcessEnd(
            5,
            new LocalDate(2018, 2, 1),
            "The group could not adopt a report for lack of consensus; its Chair was to give the CSTD his own summary of the proceedings.",
            [HicksonAccount]));

    /// <summary>The dated events of the process that lie outside the working-group aggregate.</summary>
    internal static ImmutableArray<TimelineEvent> OtherEvents() =>
    [
        new TimelineEvent(new LocalDate(2016, 7, 27), TimelineEventKind.Other, "ECOSOC resolution 2016/22 notes the proposed structure and composition of the group", [UnctadNews]),
        new TimelineEvent(new LocalDate(2017, 10, 15), TimelineEventKind.Deadline, "Proponents send their revised recommendations", [UnctadFourthMeeting]),
    ];

    private static Mandate Mandate() => new(
        DocumentSymbol.Parse("A/RES/70/125"),
        adoptionYear: 2015,
        adoptedOn: new LocalDate(2015, 12, 16),
        summary: "In the outcome document of its review of ten years of implementing the WSIS outcomes, the General Assembly asks the Chair of the CSTD to set up, through ECOSOC, a working group that recommends how enhanced cooperation as the Tunis Agenda envisages it can be implemented further, building on the work already done; the group settles its working methods at the start, involves all relevant stakeholders fully and reports to the CSTD at its 21st session in 2018.",
        tasks:
        [
            new MandateTask("makeRecommendations", "develop recommendations on how to implement enhanced cooperation further, as the Tunis Agenda envisages it, in the light of the work already done"),
            new MandateTask("decideWorkingMethods", "decide its working methods at the outset"),
            new MandateTask("involveAllStakeholders", "involve all relevant stakeholders fully, taking account of all their views and expertise"),
        ],
        reportingTarget: new ReportingTarget(
            "Commission on Science and Technology for Development (CSTD)",
            21,
            new DateInterval(new LocalDate(2018, 5, 14), new LocalDate(2018, 5, 18)),
            [UnctadNews, Cstd21]),
        referencedParagraphs: [new ParagraphReference("Tunis Agenda", 69, 71)],
        sources: [UnctadNews, DigWatchFirstMeeting, DigWatchFifthMeeting, Resolution70125]);

    private static Composition Composition()
    {
        var chairsGroup = UnctadFifthMeeting.WithDerivation(new Derivation(
            DerivationKind.Inferred,
            "the sources call the Chair an ambassador without naming his country; his stakeholder group, governments, is inferred from the diplomatic title"));
        var secretariatsGroup = UnctadFifthMeeting.WithDerivation(new Derivation(
            DerivationKind.Inferred,
            "the sources name the CSTD secretariat without its stakeholder group; intergovernmental is inferred because it is the secretariat of a UN commission"));
        var policy = new CompositionPolicy(
            [],
            "as proposed by the Chair of the CSTD and noted by ECOSOC in resolution 2016/22 of 27 July 2016, announced in May 2016; the seats per stakeholder group are not in the stored sources");
        return new Composition(policy,
        [
            new Participant(new ParticipantId("chair"), ParticipantKind.Person, StakeholderGroup.Governments, Standing.Chair, "Benedicto Fonseca Filho", sources: [UnctadNews, UnctadFifthMeeting, chairsGroup]),
            new Participant(new ParticipantId("secretariat"), ParticipantKind.Organisation, StakeholderGroup.IntergovernmentalAndInternational, Standing.Secretariat, "CSTD secretariat", sources: [UnctadNews, UnctadFifthMeeting, secretariatsGroup]),
        ]);
    }

    private static Modalities Modalities() => new(
        new RuleDescriptor("un-consensus"),
        "The full involvement of all relevant stakeholders, taking account of all their views and expertise, as the resolution asks",
        new ObserverPolicy("not in the stored sources (observers took part: the Chair wrote to the members and observers, and took in their comments on his drafts)", requiresGroupAgreement: false),
        principles: ["Working methods decided by the group itself at the outset"],
        sources:
        [
            DigWatchFirstMeeting,
            UnctadFifthMeeting,
            HicksonAccount.WithDerivation(new Derivation(DerivationKind.Inferred, "the group could not adopt its report for lack of consensus, so it decided by consensus; the rule 'un-consensus' is inferred from that")),
            UnctadFifthMeeting.WithDerivation(new Derivation(DerivationKind.Reconstructed, "the sources do not say how observers were admitted; that admission needs no group agreement is the model's default, not a fact on record")),
        ]);

    private static Venue Geneva(string? building = null, string? room = null) => new("Geneva", Zurich, building, room);

    private static Session Day(int year, int month, int day) => new(new LocalDate(year, month, day), PartOfDay.WholeDay);

    private static Meeting FirstMeeting() => new(
        1,
        Geneva(),
        [Day(2016, 9, 30)],
        agenda: [new AgendaItem("1", "The group's methods of work, including its modalities")],
        decisions:
        [
            new Decision("1", DecisionKind.Substantive, "Agreed on two questions to guide the second meeting.", [UnctadNews, RipeListAnnouncement]),
        ],
        nextMeeting: new NextMeetingDecision(2, new DateInterval(new LocalDate(2017, 1, 26), new LocalDate(2017, 1, 27)), [UnctadNews]),
        sources: [DigWatchFirstMeeting, UnctadNews, WholeDaySessions]);

    private static Meeting SecondMeeting() => new(
        2,
        Geneva(),
        [Day(2017, 1, 26), Day(2017, 1, 27)],
        resources:
        [
            new Resource("Contributions of stakeholders on the two guiding questions, published in their original language unless a contributor asked otherwise", sources: [UnctadNews]),
        ],
        sources: [UnctadNews, WholeDaySessions, SecondMeetingInGeneva]);

    private static Meeting FourthMeeting() => new(
        4,
        Geneva("Palais des Nations, E-building", "Room XXVI"),
        [Day(2017, 9, 25), Day(2017, 9, 26), Day(2017, 9, 27)],
        results:
        [
            "The group agreed a timeline for its work until the next meeting.",
            "The members did not converge on the need for a new UN mechanism for full enhanced cooperation, nor on whether one should rest on intergovernmental decisions or on multistakeholder participation.",
            "Less divisive topics, such as aligning with the Sustainable Development Goals, found broad agreement.",
            "Members disagreed on whether the final report should record the discussion of recommendations without consensus: some held that this would let the General Assembly reopen issues left unresolved in the WSIS+10 review, others that it would weaken the recommendations agreed by consensus.",
        ],
        nextSteps:
        [
            "By 15 October 2017: proponents circulate their revised recommendations.",
            "By the end of October: the Chair circulates a first draft of the report.",
            "By the end of November: stakeholders send the Chair their amendments in tracked changes.",
            "In the first week of January: the Chair circulates a clean second draft for discussion at the next meeting.",
            "One more meeting of the group before the end of January 2018.",
        ],
        sources: [UnctadFourthMeeting, DigWatchFourthMeeting, WholeDaySessions]);

    private static Meeting FifthMeeting() => new(
        5,
        Geneva("Palais des Nations"),
        [Day(2018, 1, 29), Day(2018, 1, 30), Day(2018, 1, 31)],
        results:
        [
            "The group's deliberations ended in the early hours of 1 February 2018 without a report adopted, for lack of consensus.",
            "The main divide was how the report should reflect the wish of a number of governments, and of some in civil society, for a new UN mechanism to develop Internet governance policies, which many other countries, businesses and the technical community opposed.",
        ],
        resources:
        [
            new Resource("The Chair's second draft of the report, built on the comments received on his first draft", sources: [UnctadFifthMeeting, DigWatchFifthMeeting]),
            new Resource("Transcripts of each day of the meeting", address: FifthMeetingPage.Address, sources: [HicksonAccount]),
        ],
        sources: [UnctadFifthMeeting, DigWatchFifthMeeting, HicksonAccount, WholeDaySessions]);
}
