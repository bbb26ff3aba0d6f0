using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;
using Wgec.Core.Reporting;
using Wgec.Core.Tests.Consultation;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests;

/// <summary>
/// The aggregate root: every cross-section reference rule with its rule name and location,
/// equality and copies, evaluation, the report, the timeline and the data-quality findings, on a
/// small hand-made dossier (invented test data, not the real process).
/// </summary>
public sealed class DossierTests
{
    private static readonly ParticipantId Chair = new("chair");
    private static readonly ParticipantId G1 = new("g1");
    private static readonly ParticipantId P1 = new("p1");
    private static readonly ParticipantId C1 = new("c1");
    private static readonly ParticipantId Stranger = new("stranger");
    private static readonly RecommendationId A1 = new("A-1");
    private static readonly RecommendationId B1 = new("B-1");
    private static readonly GroupKey A = new("A");
    private static readonly GroupKey B = new("B");
    private static readonly Instant Drafted = Instant.FromUtc(2014, 2, 24, 10, 0);

    private static WorkingGroup Group(string rule = "un-consensus") => new(
        "Test working group",
        new Mandate(
            DocumentSymbol.Parse("A/RES/67/195"),
            2012,
            null,
            "Examine the mandate and make recommendations.",
            [MandateTask.MakeRecommendations],
            new ReportingTarget("Test commission", 17, new DateInterval(new LocalDate(2014, 5, 12), new LocalDate(2014, 5, 16)))),
        new Composition(
            new CompositionPolicy(
            [
                new(StakeholderGroup.Governments, 1),
                new(StakeholderGroup.PrivateSector, 1),
                new(StakeholderGroup.CivilSociety, 1),
            ]),
            [
                new Participant(Chair, ParticipantKind.Person, StakeholderGroup.Governments, Standing.Chair, "Chair"),
                new Participant(G1, ParticipantKind.Country, StakeholderGroup.Governments, Standing.Member, "Country One"),
                new Participant(P1, ParticipantKind.Person, StakeholderGroup.PrivateSector, Standing.Member),
                new Participant(C1, ParticipantKind.Person, StakeholderGroup.CivilSociety, Standing.Member),
            ]),
        new Modalities(new RuleDescriptor(rule), "Multi-stakeholder", new ObserverPolicy("ECOSOC rules", requiresGroupAgreement: true)),
        [
            new Meeting(1, new Venue("Geneva", "Europe/Zurich"), [new Session(new LocalDate(2014, 2, 24), PartOfDay.WholeDay)]),
            new Meeting(2, new Venue("Geneva", "Europe/Zurich"), [new Session(new LocalDate(2014, 4, 30), PartOfDay.WholeDay)]),
        ],
        establishedOn: new LocalDate(2013, 3, 22));

    private static Recommendation Rec(RecommendationId id, GroupKey group, ParticipantId? proposer = null, int[]? issues = null) => new(
        id,
        group,
        "Recommendation " + id,
        [new RecommendationVersion(1, "Text of " + id, proposer ?? G1, catalogueIssues: issues)],
        new RecommendationHistory([new LifecycleEvent(LifecycleEventKind.Drafted, Drafted, 1, proposer ?? G1)]));

    private static Reading Read(RecommendationId id, int meeting, bool isFinal, params Position[] positions) => new(id, meeting, isFinal, positions);

    private static Position[] AllSupport() => [Position.Support(G1), Position.Support(P1), Position.Support(C1)];

    private static Deliberation Deliberation(IEnumerable<Reading>? readings = null, IEnumerable<Recommendation>? recommendations = null, ObjectionLedger? ledger = null, IEnumerable<Opinion>? opinions = null, int? declaredAgreed = null) => new(
        [new ReportGroup(A, "Group A"), new ReportGroup(B, "Group B")],
        recommendations ?? [Rec(A1, A), Rec(B1, B)],
        readings ?? [],
        ledger,
        opinions: opinions,
        axes: [new DivergenceAxis("approach", "multilateral", "multi-stakeholder")],
        declaredAgreedCount: declaredAgreed);

    private static IssueCatalogue Catalogue() => new(
        new CategoryTaxonomy("Test categories", ["Cybercrime"]),
        [CatalogueIssue.Listed(1, "Combating cybercrime", "Cybercrime", null, [])]);

    private static ConsultationRecord Consultation() => new(SampleConsultation.Questionnaire(), SampleConsultation.Groups(), SampleConsultation.Respondents());

    private static IssueCatalogue ConsolidatedCatalogue(string respondent, StakeholderGroup category)
    {
        var item = new RawItem(new RawItemId("i01"), "Cybercrime", new ItemProvenance(new RespondentId(respondent), 2, category));
        return IssueCatalogue.FromConsolidation(
            new CategoryTaxonomy("Test categories", ["Cybercrime"]),
            new Consolidation([item], [ConsolidationOperation.Keep(item.Id, 1, "Combating cybercrime", "Cybercrime", null)]));
    }

    private static Dossier Make(Deliberation? deliberation = null, string rule = "un-consensus", IssueCatalogue? catalogue = null, ConsultationRecord? consultation = null) =>
        new("Test dossier", Group(rule), consultation, catalogue, null, deliberation ?? Deliberation());

    private static void ShouldFault(Action act, string rule, string location, string fragment)
    {
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be(rule);
        ex.Location.Should().Be(location);
        ex.Message.Should().Contain(fragment);
    }

    // ---- Reference rules

    [Fact]
    public void Constructor_UnknownDecisionRule_Throws()
    {
        ShouldFault(() => Make(rule: "no-such-rule"), "unknown-rule", "process.modalities.decisionRule", "'no-such-rule'");
    }

    [Fact]
    public void Constructor_ReadingAtAMeetingNotHeld_Throws()
    {
        var deliberation = Deliberation([Read(A1, 3, false, AllSupport())]);
        ShouldFault(() => Make(deliberation), "unresolved-reference", "deliberation.readings[0].meeting", "meeting 3");
    }

    [Fact]
    public void Constructor_PositionOfANonParticipant_Throws()
    {
        var deliberation = Deliberation([Read(A1, 1, false, Position.Support(G1), Position.Support(Stranger))]);
        ShouldFault(() => Make(deliberation), "unresolved-reference", "deliberation.readings[0].positions[1].participant", "'stranger'");
    }

    [Fact]
    public void Constructor_ObjectorNotAParticipant_IsRejectedByTheDeliberation_AsTheyDidNotObject()
    {
        // A stranger cannot hold a position, so a record of their objection matches no objection.
        var ledger = new ObjectionLedger([new ObjectionRecord(A1, 1, Stranger, [new DispositionRecord(ObjectionDisposition.Sustained, Chair, Drafted)])]);
        ShouldFault(() => Make(Deliberation(ledger: ledger)), "unmatched-ledger-record", "ledger.records[0].meeting", "objection by 'stranger' to 'A-1' at meeting 1");
    }

    [Fact]
    public void Constructor_OpinionHolderNotAParticipant_Throws()
    {
        var opinion = new Opinion(A, null, OpinionSource.Statement, [G1, Stranger], "A view.");
        ShouldFault(() => Make(Deliberation(opinions: [opinion])), "unresolved-reference", "deliberation.opinions[0].holders[1]", "opinion holder 'stranger'");
    }

    [Fact]
    public void Constructor_ProposerNotAParticipant_Throws()
    {
        var deliberation = Deliberation(recommendations: [Rec(A1, A, Stranger)]);
        ShouldFault(() => Make(deliberation), "unresolved-reference", "deliberation.recommendations[0].versions[0].proposer", "proposer 'stranger'");
    }

    [Fact]
    public void Constructor_CatalogueIssueLinkMissing_Throws()
    {
        var deliberation = Deliberation(recommendations: [Rec(A1, A, issues: [1, 9])]);
        ShouldFault(() => Make(deliberation, catalogue: Catalogue()), "unresolved-reference", "deliberation.recommendations[0].versions[0].catalogueIssues[1]", "catalogue issue 9");
    }

    [Fact]
    public void Constructor_CatalogueIssueLinks_AreNotCheckedWithoutACatalogue()
    {
        var deliberation = Deliberation(recommendations: [Rec(A1, A, issues: [9])]);
        Make(deliberation).Deliberation.Recommendations.Should().ContainSingle();
        Make(Deliberation(recommendations: [Rec(A1, A, issues: [1])]), catalogue: Catalogue()).Catalogue.Should().NotBeNull();
    }

    [Fact]
    public void Constructor_RawItemFromAnUnknownRespondent_Throws()
    {
        ShouldFault(
            () => Make(catalogue: ConsolidatedCatalogue("r99", StakeholderGroup.Governments), consultation: Consultation()),
            "unresolved-reference",
            "catalogue.consolidation.rawItems[0].provenance.respondent",
            "'r99'");
    }

    [Fact]
    public void Constructor_RawItemCategoryMismatch_Throws()
    {
        ShouldFault(
            () => Make(catalogue: ConsolidatedCatalogue("r01", StakeholderGroup.CivilSociety), consultation: Consultation()),
            "category-mismatch",
            "catalogue.consolidation.rawItems[0].provenance.category",
            "the consultation records governments");
    }

    [Fact]
    public void Constructor_RawItemsMatchingTheirRespondents_Resolve()
    {
        Make(catalogue: ConsolidatedCatalogue("r01", StakeholderGroup.Governments), consultation: Consultation())
            .Catalogue!.Consolidation!.RawItems.Should().ContainSingle();
    }

    [Fact]
    public void Constructor_BlankTitle_Throws()
    {
        var act = () => new Dossier(" ", Group());
        act.Should().Throw<ArgumentException>().WithParameterName("title");
    }

    // ---- Equality and copies

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(
            Make(),
            Make(),
            Make(Deliberation([Read(A1, 1, false, AllSupport())])),
            Make(catalogue: Catalogue()),
            Make(rule: "rough-consensus"));
    }

    [Fact]
    public void WithCopies_ChangeOnlyTheirSection()
    {
        var dossier = Make();
        var withCatalogue = dossier.WithCatalogue(Catalogue());
        withCatalogue.Catalogue.Should().Be(Catalogue());
        withCatalogue.WithCatalogue(null).Should().Be(dossier);

        var consultation = Consultation();
        dossier.WithConsultation(consultation).Consultation.Should().BeSameAs(consultation);

        var deliberation = Deliberation([Read(A1, 1, false, AllSupport())]);
        var withDeliberation = dossier.WithDeliberation(deliberation);
        withDeliberation.Deliberation.Should().BeSameAs(deliberation);
        withDeliberation.Process.Should().BeSameAs(dossier.Process);

        dossier.WithProcess(Group("rough-consensus")).Process.Modalities.DecisionRule.Should().Be(new RuleDescriptor("rough-consensus"));
        dossier.Deliberation.Readings.Should().BeEmpty("the original is unchanged");
    }

    [Fact]
    public void WithCopies_RecheckReferences()
    {
        var dossier = Make(Deliberation([Read(A1, 2, false, AllSupport())]));
        // Positions are held in participant order, so c1's position comes first.
        var fewer = Group().WithComposition(new Composition(Group().Composition.Policy, Group().Participants.Where(p => p.Id != C1)));
        ShouldFault(() => dossier.WithProcess(fewer), "unresolved-reference", "deliberation.readings[0].positions[0].participant", "'c1'");
    }

    // ---- Evaluate

    [Fact]
    public void Evaluate_UsesTheModalitiesRule_OnTheLatestReading()
    {
        var dossier = Make(Deliberation(
        [
            Read(A1, 1, false, Position.Support(G1), Position.Objection(P1, "too early"), Position.Support(C1)),
            Read(A1, 2, true, AllSupport()),
            Read(B1, 2, true, Position.Support(G1), Position.Objection(P1, "no"), Position.Support(C1)),
        ],
            ledger: new ObjectionLedger([new ObjectionRecord(B1, 2, P1, [new DispositionRecord(ObjectionDisposition.Sustained, Chair, Drafted)])])));

        dossier.DecisionRule().Should().BeOfType<UnConsensusRule>();
        var outcomes = dossier.Evaluate();
        outcomes.Keys.Should().Equal(A1, B1);
        outcomes[A1].Kind.Should().Be(OutcomeKind.Agreed);
        outcomes[A1].Meeting.Should().Be(2);
        outcomes[B1].Kind.Should().NotBe(OutcomeKind.Agreed);
    }

    [Fact]
    public void Evaluate_WithAnExplicitRule_OverridesTheModalities()
    {
        // One member in three objects: blocks under UN consensus, passes a two-thirds qualified majority.
        var dossier = Make(Deliberation([Read(A1, 2, true, Position.Support(G1), Position.Objection(P1, "no"), Position.Support(C1))]));
        dossier.Evaluate()[A1].Kind.Should().NotBe(OutcomeKind.Agreed);
        dossier.Evaluate(new QualifiedMajorityRule(0.6))[A1].Kind.Should().Be(OutcomeKind.Agreed);
    }

    [Fact]
    public void Evaluate_RecommendationNeverRead_HasNoOutcome()
    {
        Make(Deliberation([Read(A1, 1, false, AllSupport())])).Evaluate().Keys.Should().Equal(A1);
    }

    [Fact]
    public void Roster_HoldsEveryParticipant_AndThePolicyGroups()
    {
        var roster = Make().Roster();
        roster.Entries.Select(e => e.Participant).Should().BeEquivalentTo([Chair, G1, P1, C1]);
        roster.DeclaredGroups.Should().BeEquivalentTo([StakeholderGroup.Governments, StakeholderGroup.PrivateSector, StakeholderGroup.CivilSociety]);
    }

    // ---- Report

    [Fact]
    public void Report_RendersToMarkdown_InTheAgreedStructure()
    {
        var dossier = Make(Deliberation([Read(A1, 2, true, AllSupport())]));
        var markdown = MarkdownReportRenderer.Render(dossier.Report());
        markdown.Should().StartWith("# Report of the Chair of the Test working group", "the composition names a chair, whose account the report is");
        markdown.Should().Contain("## Introduction").And.Contain("## Results").And.Contain("A/RES/67/195");
        markdown.Should().NotContain("## Conclusion", "the dossier holds no conclusion, and an empty section is left out");
        markdown.IndexOf("## Introduction", StringComparison.Ordinal).Should().BeLessThan(markdown.IndexOf("## Results", StringComparison.Ordinal));
        markdown.Should().Contain("## A. Group A").And.Contain("## B. Group B").And.Contain(ReportOutline.AgreedHeading);
    }

    // ---- Timeline

    [Fact]
    public void Timeline_MergesDeadlinesAndMilestones_WithTheGroupsEvents()
    {
        var group = new CorrespondenceGroup(
            termsOfReference: ["Identify the gaps"],
            openToAllStakeholders: true,
            coordinators: [new Coordinator("Coordinator", CoordinatorRole.Coordinator)],
            milestones: [new Milestone(new LocalDate(2014, 2, 12), MilestoneKind.FinalDocument, "Final document")],
            contributions: [],
            chairReport: null,
            mapping: null,
            sources: []);
        var dossier = new Dossier("Test dossier", Group(), Consultation(), correspondenceGroup: group);

        var events = dossier.Timeline().Events;
        events.Select(e => (e.Start, e.Kind)).Should().Equal(
            (new LocalDate(2013, 3, 22), TimelineEventKind.Establishment),
            (new LocalDate(2013, 8, 15), TimelineEventKind.Deadline),
            (new LocalDate(2013, 9, 17), TimelineEventKind.Deadline),
            (new LocalDate(2014, 2, 12), TimelineEventKind.SubgroupMilestone),
            (new LocalDate(2014, 2, 24), TimelineEventKind.Meeting),
            (new LocalDate(2014, 4, 30), TimelineEventKind.Meeting),
            (new LocalDate(2014, 5, 12), TimelineEventKind.Report));
        events.Single(e => e.Kind == TimelineEventKind.SubgroupMilestone).Title.Should().Be("Correspondence group: Final document");
        events.Where(e => e.Kind == TimelineEventKind.Deadline).Select(e => e.Title).Should().Contain(t => t.StartsWith("Questionnaire deadline extended", StringComparison.Ordinal));
    }

    [Fact]
    public void Timeline_IncludesOtherEvents()
    {
        var other = new TimelineEvent(new LocalDate(2014, 4, 23), TimelineEventKind.ExternalEvent, "NetMundial", null);
        var dossier = new Dossier("Test dossier", Group(), otherEvents: [other]);
        dossier.Timeline().Events.Should().Contain(other);
        dossier.OtherEvents.Should().Equal(other);
    }

    // ---- Data quality

    [Fact]
    public void DataQualityFindings_DeclaredResultMismatch_IsReported()
    {
        var dossier = Make(Deliberation([Read(A1, 2, true, AllSupport())], declaredAgreed: 0));
        var finding = dossier.DataQualityFindings().Should().ContainSingle(f => f.Code == "declared-result-mismatch").Which;
        finding.Declared.Should().Be(0);
        finding.Computed.Should().Be(1);
        finding.Message.Should().Contain("declares 0").And.Contain("give 1");
    }

    [Fact]
    public void DataQualityFindings_DeclaredResultMatching_IsNotReported()
    {
        Make(Deliberation([Read(A1, 2, true, AllSupport())], declaredAgreed: 1)).DataQualityFindings().Should().BeEmpty();
        Make(Deliberation(declaredAgreed: 0)).DataQualityFindings().Should().BeEmpty("without readings there is nothing to compare");
    }

    [Fact]
    public void DataQualityFindings_GatherConsultationAndCompositionFindings()
    {
        var declared = new DeclaredFigures(
            new DeclaredCount(3, new SourceReference("Test total")),
            [new DeclaredCount(2, new SourceReference("Test"), StakeholderGroup.Governments), new DeclaredCount(2, new SourceReference("Test"), StakeholderGroup.CivilSociety)]);
        var consultation = new ConsultationRecord(SampleConsultation.Questionnaire(), SampleConsultation.Groups(), declared: declared);
        var fewer = Group().WithComposition(new Composition(Group().Composition.Policy, Group().Participants.Where(p => p.Id != C1)));
        var findings = new Dossier("Test dossier", fewer, consultation).DataQualityFindings();
        findings.Select(f => f.Code).Should().Equal("declared-distribution-sum-mismatch", "composition-departs-from-policy");
        findings[0].Declared.Should().Be(3);
        findings[0].Computed.Should().Be(4);
        findings[1].Declared.Should().Be(1);
        findings[1].Computed.Should().Be(0);
    }

    [Fact]
    public void GapReport_IsNullWithoutCatalogueOrMapping()
    {
        Make().GapReport().Should().BeNull();
        Make(catalogue: Catalogue()).GapReport().Should().BeNull();
    }
}
