using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Recommendations;

/// <summary>Every internal reference rule of a deliberation, with rule name and location; equality, copies, evaluation.</summary>
public sealed class DeliberationTests
{
    private static readonly ParticipantId G1 = new("g1");
    private static readonly ParticipantId P1 = new("p1");
    private static readonly ParticipantId Chair = new("chair");
    private static readonly RecommendationId A1 = new("A-1");
    private static readonly RecommendationId B1 = new("B-1");
    private static readonly RecommendationId C1 = new("C-1");
    private static readonly RecommendationId Unknown = new("Z-9");
    private static readonly GroupKey A = new("A");
    private static readonly GroupKey B = new("B");
    private static readonly GroupKey C = new("C");
    private static readonly Instant At = Instant.FromUtc(2014, 2, 24, 10, 0);

    private static readonly Roster Roster = new(
        [StakeholderGroup.Governments, StakeholderGroup.PrivateSector],
        [
            new RosterEntry(G1, StakeholderGroup.Governments, Standing.Member),
            new RosterEntry(P1, StakeholderGroup.PrivateSector, Standing.Member),
            new RosterEntry(Chair, StakeholderGroup.Governments, Standing.Chair),
        ]);

    private static ReportGroup[] Groups() => [new(A, "Group A"), new(B, "Group B"), new(C, "Group C")];

    private static Recommendation Rec(RecommendationId id, GroupKey group) => new(
        id, group, "Recommendation " + id, [new RecommendationVersion(1, "Text of " + id, G1)],
        new RecommendationHistory([new LifecycleEvent(LifecycleEventKind.Drafted, At, 1, G1)]));

    private static Recommendation[] Recs() => [Rec(A1, A), Rec(B1, B), Rec(C1, C)];

    private static Reading Read(RecommendationId id, int meeting, bool isFinal = false, bool objection = false) =>
        new(id, meeting, isFinal, [Position.Support(G1), objection ? Position.Objection(P1, "not yet") : Position.Support(P1)]);

    private static DivergenceAxis[] Axes() => [new("approach", "multilateral", "multi-stakeholder"), new("framework", "new body needed", "existing ones enough")];

    private static Deliberation Make(
        IEnumerable<ReportGroup>? groups = null,
        IEnumerable<Recommendation>? recommendations = null,
        IEnumerable<Reading>? readings = null,
        ObjectionLedger? ledger = null,
        AgreementStructure? agreements = null,
        IEnumerable<Opinion>? opinions = null,
        IEnumerable<DivergenceAxis>? axes = null,
        IEnumerable<string>? categories = null,
        IEnumerable<string>? conclusion = null,
        int? declaredAgreed = null) =>
        new(groups ?? Groups(), recommendations ?? Recs(), readings ?? [], ledger, agreements, opinions, axes ?? Axes(), categories, conclusion, declaredAgreed);

    private static void ShouldFault(Action act, string rule, string location, string fragment)
    {
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be(rule);
        ex.Location.Should().Be(location);
        ex.Message.Should().Contain(fragment);
    }

    // ---- Uniqueness

    [Fact]
    public void Constructor_DuplicateGroup_Throws() =>
        ShouldFault(() => Make(groups: [new(A, "Group A"), new(A, "Again")]), "duplicate-group", "groups[1].key", "'A'");

    [Fact]
    public void Constructor_DuplicateRecommendation_Throws() =>
        ShouldFault(() => Make(recommendations: [Rec(A1, A), Rec(A1, A)]), "duplicate-recommendation", "recommendations[1].id", "'A-1'");

    [Fact]
    public void Constructor_DuplicateAxis_Throws() =>
        ShouldFault(() => Make(axes: [new("approach", "a", "b"), new("approach", "c", "d")]), "duplicate-axis", "axes[1].name", "'approach'");

    [Fact]
    public void Constructor_DuplicateReading_Throws() =>
        ShouldFault(() => Make(readings: [Read(A1, 3), Read(A1, 3)]), "duplicate-reading", "readings[1]", "read twice at meeting 3");

    [Fact]
    public void Constructor_ReadingAfterFinal_Throws() =>
        ShouldFault(() => Make(readings: [Read(A1, 4), Read(A1, 3, isFinal: true)]), "reading-after-final", "readings[0].meeting", "after its final reading at meeting 3");

    // ---- Unresolved references

    [Fact]
    public void Constructor_RecommendationOutsideTheGroups_Throws() =>
        ShouldFault(() => Make(groups: [new(A, "Group A")], recommendations: [Rec(A1, A), Rec(B1, B)]), "unresolved-reference", "recommendations[1].group", "group 'B'");

    [Fact]
    public void Constructor_NoGroups_AcceptsAnyRecommendationGroup() =>
        Make(groups: []).Recommendations.Should().HaveCount(3);

    [Fact]
    public void Constructor_ReadingOfAnUnknownRecommendation_Throws() =>
        ShouldFault(() => Make(readings: [Read(A1, 3), Read(Unknown, 3)]), "unresolved-reference", "readings[1].recommendation", "'Z-9'");

    [Fact]
    public void Constructor_LedgerOfAnUnknownRecommendation_Throws()
    {
        var ledger = new ObjectionLedger([new ObjectionRecord(Unknown, 3, P1, [new DispositionRecord(ObjectionDisposition.Sustained, Chair, At)])]);
        ShouldFault(() => Make(ledger: ledger), "unresolved-reference", "ledger.records[0].recommendation", "'Z-9'");
    }

    [Fact]
    public void Constructor_LedgerRecordUnderAMeetingWithoutAReading_IsRejectedNamingTheRecord()
    {
        var ledger = new ObjectionLedger([new ObjectionRecord(A1, 2, P1, [new DispositionRecord(ObjectionDisposition.Withdrawn, P1, At)])]);
        ShouldFault(
            () => Make(readings: [Read(A1, 3, objection: true)], ledger: ledger),
            "unmatched-ledger-record",
            "ledger.records[0].meeting",
            "the objection ledger records an objection by 'p1' to 'A-1' at meeting 2, but 'A-1' was not read at meeting 2.");
    }

    [Fact]
    public void Constructor_LedgerRecordForAMemberWhoDidNotObject_IsRejectedNamingTheRecord()
    {
        var ledger = new ObjectionLedger([new ObjectionRecord(A1, 3, G1, [new DispositionRecord(ObjectionDisposition.Withdrawn, G1, At)])]);
        ShouldFault(
            () => Make(readings: [Read(A1, 3, objection: true)], ledger: ledger),
            "unmatched-ledger-record",
            "ledger.records[0].objector",
            "the objection ledger records an objection by 'g1' to 'A-1' at meeting 3, but 'g1' did not object to it at that reading.");
    }

    [Fact]
    public void Constructor_LedgerRecordMatchingAnObjection_IsKept()
    {
        var ledger = new ObjectionLedger([new ObjectionRecord(A1, 3, P1, [new DispositionRecord(ObjectionDisposition.Withdrawn, P1, At)])]);
        Make(readings: [Read(A1, 3, objection: true)], ledger: ledger).Ledger.Should().Be(ledger);
    }

    [Fact]
    public void Constructor_UnresolvedPackageItem_Throws()
    {
        var agreements = new AgreementStructure([new RecommendationPackage("deal", [A1, Unknown])], []);
        ShouldFault(() => Make(agreements: agreements), "unresolved-reference", "agreements.packages[0].items[1]", "package 'deal'");
    }

    [Fact]
    public void Constructor_UnresolvedConditionPrerequisite_Throws()
    {
        var agreements = new AgreementStructure([], [new ConditionalAgreement("A unlocks C", [Unknown], 1.0, [C1])]);
        ShouldFault(() => Make(agreements: agreements), "unresolved-reference", "agreements.conditions[0].prerequisites[0]", "condition 'A unlocks C'");
    }

    [Fact]
    public void Constructor_UnresolvedConditionDependent_Throws()
    {
        var agreements = new AgreementStructure([], [new ConditionalAgreement("A unlocks C", [A1], 1.0, [C1, Unknown])]);
        ShouldFault(() => Make(agreements: agreements), "unresolved-reference", "agreements.conditions[0].dependents[1]", "'Z-9'");
    }

    [Fact]
    public void Constructor_OpinionOnAnUnknownRecommendation_Throws()
    {
        var opinion = new Opinion(A, Unknown, OpinionSource.Statement, [G1], "A view.");
        ShouldFault(() => Make(opinions: [opinion]), "unresolved-reference", "opinions[0].recommendation", "'Z-9'");
    }

    [Fact]
    public void Constructor_OpinionOnAnUnknownGroup_Throws()
    {
        var opinion = new Opinion(new GroupKey("Q"), null, OpinionSource.Statement, [G1], "A view.");
        ShouldFault(() => Make(opinions: [opinion]), "unresolved-reference", "opinions[0].group", "group 'Q'");
    }

    [Fact]
    public void Constructor_OpinionPlacedOnAnUnknownAxis_Throws()
    {
        var opinion = new Opinion(A, A1, OpinionSource.Statement, [G1], "A view.", [new AxisPlacement("approach", -1), new AxisPlacement("glass", 0.5)]);
        ShouldFault(() => Make(opinions: [opinion]), "unresolved-reference", "opinions[0].placements[1].axis", "axis 'glass'");
    }

    // ---- Values

    [Fact]
    public void Constructor_NegativeDeclaredCount_Throws() =>
        ShouldFault(() => Make(declaredAgreed: -1), "negative-count", null!, "cannot be negative");

    [Fact]
    public void Constructor_BlankContributionCategory_Throws() =>
        ShouldFault(() => Make(categories: ["statements", " "]), "blank-text", "contributionCategories[1]", "entry 2 of contribution categories is blank");

    [Fact]
    public void Constructor_BlankConclusion_Throws() =>
        ShouldFault(() => Make(conclusion: [""]), "blank-text", "conclusion[0]", "entry 1 of conclusion is blank");

    [Fact]
    public void Constructor_TrimsTexts()
    {
        var deliberation = Make(categories: [" statements "], conclusion: ["  None agreed. "]);
        deliberation.ContributionCategories.Should().Equal("statements");
        deliberation.Conclusion.Should().Equal("None agreed.");
    }

    [Fact]
    public void Empty_HoldsNothing()
    {
        Deliberation.Empty.Recommendations.Should().BeEmpty();
        Deliberation.Empty.Readings.Should().BeEmpty();
        Deliberation.Empty.DeclaredAgreedCount.Should().BeNull();
        Deliberation.Empty.Evaluate(new UnConsensusRule(), Roster).Should().BeEmpty();
    }

    // ---- Equality and copies

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(
            Make(readings: [Read(A1, 3)], conclusion: ["Done."]),
            Make(readings: [Read(A1, 3)], conclusion: ["Done."]),
            Make(readings: [Read(A1, 4)], conclusion: ["Done."]),
            Make(readings: [Read(A1, 3)], conclusion: ["Other."]),
            Make(readings: [Read(A1, 3)], conclusion: ["Done."], declaredAgreed: 0),
            Make(readings: [Read(A1, 3)], conclusion: ["Done."], categories: ["statements"]));
    }

    [Fact]
    public void Copies_ChangeOneMember_AndLeaveTheOriginal()
    {
        var original = Make();
        original.PlusReading(Read(A1, 3)).Readings.Should().ContainSingle();
        original.WithRecommendations([Rec(A1, A)]).Recommendations.Should().ContainSingle();
        var ledger = new ObjectionLedger([new ObjectionRecord(A1, 3, P1, [new DispositionRecord(ObjectionDisposition.Withdrawn, P1, At)])]);
        original.PlusReading(Read(A1, 3, objection: true)).WithLedger(ledger).Ledger.Should().Be(ledger);
        var agreements = new AgreementStructure([new RecommendationPackage("deal", [A1, B1])], []);
        original.WithAgreements(agreements).Agreements.Should().Be(agreements);
        var opinion = new Opinion(A, null, OpinionSource.Statement, [G1], "A view.");
        original.WithOpinions([opinion]).Opinions.Should().Equal(opinion);
        original.Should().Be(Make());
    }

    [Fact]
    public void Copies_RecheckReferences()
    {
        var withReading = Make(readings: [Read(C1, 3)]);
        ShouldFault(() => withReading.WithRecommendations([Rec(A1, A)]), "unresolved-reference", "readings[0].recommendation", "'C-1'");
        ShouldFault(() => withReading.PlusReading(Read(C1, 3)), "duplicate-reading", "readings[1]", "'C-1'");
    }

    // ---- Evaluation

    [Fact]
    public void LatestReading_IsTheOneAtTheHighestMeeting()
    {
        var deliberation = Make(readings: [Read(A1, 4), Read(A1, 2)]);
        deliberation.LatestReading(A1)!.Meeting.Should().Be(4);
        deliberation.LatestReading(B1).Should().BeNull();
    }

    [Fact]
    public void Evaluate_LatestReadingOfEachRecommendation_UnderTheRule()
    {
        var deliberation = Make(readings: [Read(A1, 2, objection: true), Read(A1, 3, isFinal: true), Read(B1, 3, isFinal: true, objection: true)],
            ledger: new ObjectionLedger([new ObjectionRecord(B1, 3, P1, [new DispositionRecord(ObjectionDisposition.Sustained, Chair, At)])]));
        var outcomes = deliberation.Evaluate(new UnConsensusRule(), Roster);
        outcomes.Keys.Should().Equal(A1, B1);
        outcomes[A1].Kind.Should().Be(OutcomeKind.Agreed);
        outcomes[A1].Meeting.Should().Be(3);
        outcomes[B1].Kind.Should().Be(OutcomeKind.NoAgreement);
    }

    [Fact]
    public void Evaluate_AppliesPackages()
    {
        var deliberation = Make(
            readings: [Read(A1, 3, isFinal: true), Read(B1, 3, isFinal: true, objection: true)],
            ledger: new ObjectionLedger([new ObjectionRecord(B1, 3, P1, [new DispositionRecord(ObjectionDisposition.Sustained, Chair, At)])]),
            agreements: new AgreementStructure([new RecommendationPackage("deal", [A1, B1])], []));
        deliberation.Evaluate(new UnConsensusRule(), Roster)[A1].Kind.Should().NotBe(OutcomeKind.Agreed, "a package stands or falls together");
    }

    [Fact]
    public void ToString_CountsGroupsRecommendationsAndReadings() =>
        Make(readings: [Read(A1, 3)]).ToString().Should().Be("3 groups, 3 recommendations, 1 readings");
}
