using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Meetings;
using Wgec.Core.Process;

namespace Wgec.Core.Tests.Process;

/// <summary>
/// The 2013–2014 CSTD Working Group on Enhanced Cooperation, built only from the facts in
/// DESIGN.md §3 and the Chair's report to CSTD 17 (the seed), paraphrased. Seats whose holders
/// the public record does not name stay unnamed. Agenda items are the work items as the Chair's
/// report lists them for the 1st, 2nd and 4th meetings, not the official agendas, which the stored
/// sources lack; the report lists no work items for the 3rd meeting, so it has no agenda here.
/// Whatever the record does not state outright carries a <see cref="Derivation"/> on its source.
/// </summary>
internal static class Wgec2013Process
{
    private const string Zurich = "Europe/Zurich";

    /// <summary>The Chair's report to CSTD 17 (the seed); it has no public address in the stored sources.</summary>
    internal static readonly SourceReference ChairsReport = new("Peter Major, 'CSTD Working Group on Enhanced Cooperation', Chair's report to the CSTD 17th session, 2014");

    internal static readonly SourceReference UnctadThirdMeeting = new(
        "UNCTAD, third meeting of the Working Group on Enhanced Cooperation (WGEC)",
        new Uri("https://unctad.org/meeting/third-meeting-working-group-enhanced-cooperation-wgec-commission-science-and-technology"));

    internal static readonly SourceReference DigWatch = new(
        "Digital Watch, CSTD Working Group on Enhanced Cooperation (WGEC)",
        new Uri("https://dig.watch/event/cstd-wg-enhanced-cooperation-wgec"));

    internal static readonly SourceReference Composition = new("WGEC composition and modalities (studylib.net document 10395129)", new Uri("https://studylib.net/doc/10395129"));

    // DESIGN.md §3 cites these two records for the meeting dates and venues as a whole; they are kept on the group, not on one meeting.
    internal static readonly SourceReference MeetingRecordA = new("WGEC meeting record (studylib.net document 10395140)", new Uri("https://studylib.net/doc/10395140"));

    internal static readonly SourceReference MeetingRecordB = new("WGEC meeting record (studylib.net document 10395145)", new Uri("https://studylib.net/doc/10395145"));

    internal static readonly SourceReference SecondMeetingPage = new("UNCTAD meeting page of the 2nd WGEC meeting, cited in the Chair's report", new Uri("http://unctad.org/en/pages/MeetingDetails.aspx?meetingid=396"));

    /// <summary>The mandate: the resolution through the UN's official document-symbol resolver.</summary>
    internal static readonly SourceReference Resolution67195 = new("UN General Assembly resolution A/RES/67/195 (2012)", new Uri("https://undocs.org/A/RES/67/195"));

    /// <summary>The report of the CSTD on its 17th session (DESIGN.md §3), through the UN's document-symbol resolver.</summary>
    internal static readonly SourceReference Cstd17Report = new(
        "CSTD, report on the 17th session (Geneva, 12–16 May 2014), E/2014/31-E/CN.16/2014/4",
        new Uri("https://undocs.org/E/2014/31"));

    internal static readonly SourceReference Questionnaire = new("WGEC questionnaire (studylib.net document 10394960)", new Uri("https://studylib.net/doc/10394960"));

    internal static readonly SourceReference QuestionnaireDeadline = new(
        "dotgay community, 'Enhanced cooperation and Internet governance', 26 August 2013",
        new Uri("https://dotgay-community.org/2013/08/26/enhanced-cooperation-and-internet-governance/"));

    internal static readonly SourceReference CorrespondenceGroup = new(
        "IRP coalition mailing list, correspondence group of the WGEC, November 2013",
        new Uri("https://lists.internetrightsandprinciples.org/pipermail/irp/2013-November/002322.html"));

    /// <summary>The seed gives each meeting's dates, not its sessions: whole days are reconstructed.</summary>
    internal static readonly SourceReference WholeDaySessions = ChairsReport.WithDerivation(new Derivation(
        DerivationKind.Reconstructed,
        "the Chair's report gives the meeting's dates only; each of its days is recorded as one whole-day session"));

    /// <summary>The working group with its mandate, composition, modalities and four meetings.</summary>
    internal static WorkingGroup Build() => new(
        "CSTD Working Group on Enhanced Cooperation (WGEC)",
        Mandate(),
        BuildComposition(),
        Modalities(),
        [FirstMeeting(), SecondMeeting(), ThirdMeeting(), FourthMeeting()],
        observerAdmissions: [],
        establishedOn: new LocalDate(2013, 3, 22),
        sources: [UnctadThirdMeeting, DigWatch, Composition, MeetingRecordA, MeetingRecordB]);

    /// <summary>The dated events of the process that lie outside the working-group aggregate.</summary>
    internal static ImmutableArray<TimelineEvent> OtherEvents() =>
    [
        new TimelineEvent(new LocalDate(2013, 8, 15), TimelineEventKind.Deadline, "Original deadline for questionnaire responses", [Questionnaire, QuestionnaireDeadline]),
        new TimelineEvent(new LocalDate(2013, 9, 17), TimelineEventKind.Deadline, "Extended deadline for questionnaire responses", [ChairsReport, QuestionnaireDeadline]),
        new TimelineEvent(new LocalDate(2014, 2, 12), TimelineEventKind.SubgroupMilestone, "Correspondence group's final document due", [CorrespondenceGroup]),
    ];

    /// <summary>The whole timeline: the working group's own events plus <see cref="OtherEvents"/>.</summary>
    internal static Wgec.Core.Meetings.Timeline Timeline() => Wgec.Core.Meetings.Timeline.FromWorkingGroup(Build()).PlusEvents(OtherEvents());

    private static Mandate Mandate() => new(
        DocumentSymbol.Parse("A/RES/67/195"),
        adoptionYear: 2012,
        adoptedOn: null,
        summary: "Invites the Chair of the CSTD to set up a working group on enhanced cooperation that examines the WSIS mandate on enhanced cooperation by seeking, compiling and reviewing inputs from all Member States and all other stakeholders, and that recommends how to implement this mandate fully; the group reports to the CSTD at its 17th session.",
        tasks: [MandateTask.SeekInputs, MandateTask.CompileInputs, MandateTask.ReviewInputs, MandateTask.MakeRecommendations],
        reportingTarget: new ReportingTarget(
            "Commission on Science and Technology for Development (CSTD)",
            17,
            new DateInterval(new LocalDate(2014, 5, 12), new LocalDate(2014, 5, 16)),
            [ChairsReport, Cstd17Report, DigWatch, MeetingRecordA, MeetingRecordB]),
        referencedParagraphs: [new ParagraphReference("Tunis Agenda", 69, 71)],
        sources: [ChairsReport, Resolution67195]);

    private static Composition BuildComposition()
    {
        var chairsGroup = ChairsReport.WithDerivation(new Derivation(
            DerivationKind.Inferred,
            "the record gives the Chair's country, Hungary; his stakeholder group, governments, is inferred from it"));
        var secretariatsGroup = ChairsReport.WithDerivation(new Derivation(
            DerivationKind.Inferred,
            "the Chair's report thanks the secretariat without naming its stakeholder group; intergovernmental is inferred because it is the CSTD's secretariat"));
        var participants = new List<Participant>
        {
            new(new ParticipantId("chair"), ParticipantKind.Person, StakeholderGroup.Governments, Standing.Chair, "Peter Major", "Hungary", [ChairsReport, UnctadThirdMeeting, chairsGroup]),
            new(new ParticipantId("ms-switzerland"), ParticipantKind.Country, StakeholderGroup.Governments, Standing.Member, "Switzerland", sources: [Composition]),
            new(new ParticipantId("ms-tunisia"), ParticipantKind.Country, StakeholderGroup.Governments, Standing.Member, "Tunisia", sources: [Composition]),
        };

        // The other 20 Member States (four per UN regional group): the stored record does not name them.
        for (var i = 3; i <= 22; i++)
        {
            participants.Add(new Participant(new ParticipantId($"ms-{i:00}"), ParticipantKind.Country, StakeholderGroup.Governments, Standing.Member, sources: [Composition]));
        }

        // Five unnamed representatives of each other stakeholder group.
        AddUnnamed(participants, "ps", StakeholderGroup.PrivateSector);
        AddUnnamed(participants, "cs", StakeholderGroup.CivilSociety);
        AddUnnamed(participants, "ta", StakeholderGroup.TechnicalAndAcademic);
        AddUnnamed(participants, "io", StakeholderGroup.IntergovernmentalAndInternational);
        participants.Add(new Participant(new ParticipantId("secretariat"), ParticipantKind.Organisation, StakeholderGroup.IntergovernmentalAndInternational, Standing.Secretariat, "CSTD secretariat", sources: [ChairsReport, secretariatsGroup]));

        var policy = new CompositionPolicy(
            [
                new(StakeholderGroup.Governments, 22),
                new(StakeholderGroup.PrivateSector, 5),
                new(StakeholderGroup.CivilSociety, 5),
                new(StakeholderGroup.TechnicalAndAcademic, 5),
                new(StakeholderGroup.IntergovernmentalAndInternational, 5),
            ],
            "22 Member States (four from each UN regional group plus the two WSIS hosts, Switzerland and Tunisia) and five representatives each of the private sector, civil society, the technical and academic communities, and intergovernmental and international organisations");
        return new Composition(policy, participants);
    }

    private static void AddUnnamed(List<Participant> participants, string prefix, StakeholderGroup group)
    {
        for (var i = 1; i <= 5; i++)
        {
            participants.Add(new Participant(new ParticipantId($"{prefix}-{i:00}"), ParticipantKind.Person, group, Standing.Member, sources: [Composition]));
        }
    }

    private static Modalities Modalities() => new(
        new RuleDescriptor("un-consensus"),
        "A multi-stakeholder approach built on mutual trust",
        new ObserverPolicy("ECOSOC rules", requiresGroupAgreement: true, accreditationBy: Standing.Chair),
        [InformationSharingChannel.AudioRecording, InformationSharingChannel.Streaming, InformationSharingChannel.RealTimeTranscripts, InformationSharingChannel.RemoteParticipation],
        principles: ["Compliance with the mandate", "Results based on consensus"],
        constraints: ["Time", "Resources", "Venue"],
        sources: [ChairsReport, Composition]);

    private static Venue Geneva(string? building = null, string? room = null) => new("Geneva", Zurich, building, room);

    private static Meeting FirstMeeting() => new(
        1,
        Geneva("Conference Centre Varembé (CCV)"),
        [new Session(new LocalDate(2013, 5, 30), PartOfDay.Afternoon), new Session(new LocalDate(2013, 5, 31), PartOfDay.WholeDay)],
        agenda:
        [
            new AgendaItem("1", "Agenda and procedural issues"),
            new AgendaItem("2", "Questionnaire"),
            new AgendaItem("3", "Next steps"),
        ],
        decisions:
        [
            new Decision("1", DecisionKind.Procedural, "Agreed on the modalities of the meeting: audio recording and streaming, transcripts, and the participation of observers."),
            new Decision("2", DecisionKind.Substantive, "The plenary finalised the questionnaire from the results of the breakout groups: questions on agreed topics based on the WSIS Tunis Agenda, in line with the UNGA resolution."),
            new Decision("3", DecisionKind.Procedural, "Decided on the next steps."),
        ],
        breakoutGroups:
        [
            new BreakoutGroup("Brazil", "Identified categories and suggested questions for the questionnaire."),
            new BreakoutGroup("India", "Identified categories and suggested questions for the questionnaire."),
        ],
        results:
        [
            "A long discussion on the agenda.",
            "Participants collaborated very well.",
            "A draft questionnaire of 18 questions, one on the respondent's stakeholder category and one for comments and additional topics, reflecting the group's consensus on the relevant topics and open to all stakeholders.",
        ],
        sources: [ChairsReport, DigWatch, WholeDaySessions]);

    private static Meeting SecondMeeting() => new(
        2,
        Geneva("Palais des Nations"),
        [Day(2013, 11, 6), Day(2013, 11, 7), Day(2013, 11, 8)],
        agenda:
        [
            new AgendaItem("1", "Agenda and procedural questions"),
            new AgendaItem("2", "Topics and categories"),
            new AgendaItem("3", "Responses to the questionnaire"),
            new AgendaItem("4", "Rolling document reflecting the discussions"),
            new AgendaItem("5", "Drafting of recommendations"),
            new AgendaItem("6", "Date of the next meeting"),
        ],
        decisions:
        [
            new Decision("1", DecisionKind.Procedural, "Created a correspondence group and agreed on its terms of reference.", [ChairsReport, CorrespondenceGroup]),
            new Decision("6", DecisionKind.Procedural, "Agreed to hold the 3rd meeting from 24 to 28 February 2014."),
        ],
        results:
        [
            "The 483 public policy items drawn from the questionnaire were reduced to 200+ issues in a table, with the aim of identifying gaps for the next meeting.",
            "A framework for the report and the recommendations was proposed.",
            "Draft recommendations were submitted.",
        ],
        resources:
        [
            new Resource("Questionnaire", sources: [Questionnaire]),
            new Resource("Contributions from the respondents (1000 pages), compiled grouped by respondent and grouped by question", pageCount: 1000),
            new Resource("Contributions submitted after the deadline"),
            new Resource("Analysis of the responses, of manageable size (25 pages)", pageCount: 25),
            new Resource("Meeting page of the 2nd WGEC meeting", address: SecondMeetingPage.Address),
        ],
        nextMeeting: new NextMeetingDecision(3, new DateInterval(new LocalDate(2014, 2, 24), new LocalDate(2014, 2, 28)), [ChairsReport]),
        sources: [ChairsReport, SecondMeetingPage, WholeDaySessions]);

    private static Meeting ThirdMeeting() => new(
        3,
        Geneva("Palais des Nations", "Room XXIV"),
        [Day(2014, 2, 24), Day(2014, 2, 25), Day(2014, 2, 26), Day(2014, 2, 27), Day(2014, 2, 28)],
        results:
        [
            "Draft recommendations discussed for groups A, B and C and part of D.",
            "Agreed on the structure of the report: introduction; description of the meetings and methodology; recommendations for groups A to E; conclusion.",
            "The correspondence group to continue identifying existing mechanisms and gaps.",
            "The correspondence group presented a spreadsheet of 24 broad areas.",
            "Opinions diverged.",
        ],
        nextSteps: ["The Chair proposed a 4th meeting before the CSTD 17th session."],
        relatedEvents:
        [
            new ExternalEvent("Conclusion of the UN consultation on the modalities of the WSIS review"),
            new ExternalEvent("WSIS+10 Multistakeholder Preparatory Platform (MPP)"),
            new ExternalEvent("NetMundial", "São Paulo"),
        ],
        sources: [ChairsReport, UnctadThirdMeeting, WholeDaySessions]);

    private static Meeting FourthMeeting() => new(
        4,
        Geneva(),
        [Day(2014, 4, 30), Day(2014, 5, 1), Day(2014, 5, 2)],
        agenda:
        [
            new AgendaItem("1", "Draft recommendations in groups D and E"),
            new AgendaItem("2", "Correspondence group document: mapping exercise of 24 areas"),
            new AgendaItem("3", "Recommendations in groups A and C, revisited"),
            new AgendaItem("4", "Divergent views"),
        ],
        decisions:
        [
            new Decision("4", DecisionKind.Substantive, "Divergent views are to be included in the report as opinions."),
        ],
        results:
        [
            "Some agreement on recommendations in groups D and E.",
            "Opinions diverged: enhanced cooperation, nothing happened versus much happened; framework, a new body is needed versus existing ones are enough; approach, multilateral versus multi-stakeholder; mapping exercise, half empty versus half full.",
            "Draft recommendations in groups A and B to be revisited; agreement on some issues in A and B would bring agreement on a majority of issues in C, D and E.",
            "Signs of compromise.",
            "Signs of trust and of willingness to reach a more tangible result.",
            "No recommendations were agreed in 2014.",
        ],
        resources:
        [
            new Resource("Contributions from WGEC members, grouped into four documents: statements; agreed recommendations; recommendations to be revisited; no agreement"),
            new Resource("Report from the Chair of the correspondence group"),
            new Resource("Compilation of the contributions to the correspondence group"),
            new Resource("Transcripts of previous meetings"),
            new Resource("Agreed structure of the report: introduction; description of the meetings and methodology; recommendations operationalising enhanced cooperation for the five groups (A. implementation of the Tunis Agenda; B. public policy issues and possible mechanisms; C. role of stakeholders; D. developing countries; E. barriers to participation in enhanced cooperation); conclusion"),
            new Resource("WGEC web page", address: new Uri("http://unctad.org/en/pages/MeetingDetails.aspx?meetingid=545")),
        ],
        relatedEvents:
        [
            new ExternalEvent("NetMundial", "São Paulo"),
            new ExternalEvent("WSIS+10 MPP: preparation of the high-level event at the ITU"),
            new ExternalEvent("IGF secretariat: preparation of the 9th IGF", "Istanbul"),
        ],
        sources: [ChairsReport, DigWatch, WholeDaySessions]);

    private static Session Day(int year, int month, int day) => new(new LocalDate(year, month, day), PartOfDay.WholeDay);
}
