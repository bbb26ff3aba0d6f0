using System;
using System.Linq;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Tests.Recommendations;

public sealed class RecommendationTests
{
    private static readonly ParticipantId Gov = new("gov-1");
    private static readonly Instant Day = Instant.FromUtc(2014, 2, 24, 10, 0);
    private static readonly RecommendationHistory Drafted = new([new LifecycleEvent(LifecycleEventKind.Drafted, Day, 3, Gov)]);

    [Fact]
    public void Constructor_VersionsMustBeNumberedInOrder()
    {
        var act = () => new Recommendation(new("A-1"), new("A"), "t", [new RecommendationVersion(2, "x", Gov)], Drafted);
        act.Should().Throw<DomainValidationException>().Which.Location.Should().Be("versions[0].number");
    }

    [Fact]
    public void Constructor_NoVersion_Throws()
    {
        var act = () => new Recommendation(new("A-1"), new("A"), "t", [], Drafted);
        act.Should().Throw<DomainValidationException>().WithParameterName("versions");
    }

    [Fact]
    public void Constructor_SelfDependency_Throws()
    {
        var act = () => new Recommendation(new("A-1"), new("A"), "t", [new RecommendationVersion(1, "x", Gov, dependsOn: [new("A-1")])], Drafted);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("self-dependency");
    }

    [Fact]
    public void PlusVersion_AddsTheVersionAndTheAmendment()
    {
        var rec = new Recommendation(new("A-1"), new("A"), "t", [new RecommendationVersion(1, "x", Gov)], Drafted)
            .PlusVersion(new RecommendationVersion(2, "y", Gov), new LifecycleEvent(LifecycleEventKind.Amended, Day + Duration.FromHours(1), 3, Gov));
        rec.Current.Text.Should().Be("y");
        rec.History.Events.Should().HaveCount(2);
        rec.State.Should().Be(RecommendationState.Draft);
        var read = rec.PlusEvent(new LifecycleEvent(LifecycleEventKind.Read, Day + Duration.FromHours(2), 3, Gov));
        read.State.Should().Be(RecommendationState.UnderDiscussion);
        read.PlusEvent(new LifecycleEvent(LifecycleEventKind.OutcomeRecorded, Day + Duration.FromHours(3), 3, Gov, OutcomeKind.Agreed)).State.Should().Be(RecommendationState.Agreed);
    }

    [Fact]
    public void PlusOutcome_RecordsTheEvaluatedOutcome_WithItsExplanation()
    {
        var read = new Recommendation(new("A-1"), new("A"), "t", [new RecommendationVersion(1, "x", Gov)], Drafted)
            .PlusEvent(new LifecycleEvent(LifecycleEventKind.Read, Day + Duration.FromHours(1), 4, Gov));
        var outcome = new UnConsensusRule(0).Evaluate(new ConsensusContext(
            new Reading(new("A-1"), 4, true, [Position.Objection(Gov, "premature")]),
            new Roster([Wgec.Core.Process.StakeholderGroup.Governments], [new RosterEntry(Gov, Wgec.Core.Process.StakeholderGroup.Governments, Wgec.Core.Process.Standing.Member)])));
        var recorded = read.PlusOutcome(outcome, Day + Duration.FromHours(2), new ParticipantId("chair"));
        recorded.State.Should().Be(RecommendationState.NoAgreement);
        recorded.History.Events[^1].Note.Should().Be("open objection by gov-1 (governments): premature");
        var other = new ConsensusOutcome(new("B-1"), 4, false, OutcomeKind.Agreed, "x", []);
        var act = () => read.PlusOutcome(other, Day + Duration.FromHours(2), Gov);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("other-recommendation");
    }

    [Fact]
    public void PlusVersion_WithoutAmendedEvent_Throws()
    {
        var rec = new Recommendation(new("A-1"), new("A"), "t", [new RecommendationVersion(1, "x", Gov)], Drafted);
        var act = () => rec.PlusVersion(new RecommendationVersion(2, "y", Gov), new LifecycleEvent(LifecycleEventKind.Read, Day, 3, Gov));
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("amendment-expected");
    }

    [Theory]
    [InlineData(new[] { 0 }, "invalid-issue-number")]
    [InlineData(new[] { 3, 3 }, "invalid-issue-number")]
    public void Version_InvalidCatalogueIssues_Throw(int[] issues, string rule)
    {
        var act = () => new RecommendationVersion(1, "x", Gov, catalogueIssues: issues);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be(rule);
    }

    [Fact]
    public void Version_BlankActor_ThrowsAtItsIndex()
    {
        var act = () => new RecommendationVersion(1, "x", Gov, who: ["CSTD", " "]);
        act.Should().Throw<DomainValidationException>().Which.Location.Should().Be("who[1]");
    }

    [Fact]
    public void Version_BlankText_Throws()
    {
        var act = () => new RecommendationVersion(1, " ", Gov);
        act.Should().Throw<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void Opinion_FromReading_ObjectionsAndReservationsBecomeOpinions_OnlyWhenNotAgreed()
    {
        var reading = new Reading(new("A-1"), 4, false, [Position.Objection(Gov, "premature"), Position.SupportWithReservation(new("cs-1"), "wording"), Position.Support(new("bus-1"))]);
        var notAgreed = new ConsensusOutcome(new("A-1"), 4, false, OutcomeKind.ToBeRevisited, "un-consensus", [new Finding(FindingKind.BlockingObjection, true, "un-consensus", Gov)]);
        var opinions = Opinion.FromReading(new GroupKey("A"), reading, notAgreed);
        opinions.Should().HaveCount(2);
        opinions[0].Source.Should().Be(OpinionSource.Reservation);
        opinions[0].Holders.Should().Equal(new ParticipantId("cs-1"));
        opinions[1].Statement.Should().Be("premature");
        var agreed = new ConsensusOutcome(new("A-1"), 4, false, OutcomeKind.Agreed, "un-consensus", []);
        Opinion.FromReading(new GroupKey("A"), reading, agreed).Should().BeEmpty();
    }

    [Fact]
    public void Opinion_FromReading_SameObjectionHeldTogether()
    {
        var reading = new Reading(new("B-1"), 4, true, [Position.Objection(new("gov-2"), "existing ones enough"), Position.Objection(Gov, "existing ones enough"), Position.Objection(new("cs-1"), "new body needed")]);
        var outcome = new ConsensusOutcome(new("B-1"), 4, true, OutcomeKind.NoAgreement, "un-consensus", [new Finding(FindingKind.BlockingObjection, true, "un-consensus", Gov)]);
        var opinions = Opinion.FromReading(new GroupKey("B"), reading, outcome);
        opinions.Select(o => string.Join("+", o.Holders) + ": " + o.Statement).Should().Equal("cs-1: new body needed", "gov-1+gov-2: existing ones enough");
    }

    [Fact]
    public void Opinion_WithPlacement_ReplacesThePlaceOnTheSameAxis()
    {
        var opinion = new Opinion(new GroupKey("A"), null, OpinionSource.Statement, [Gov], "view")
            .WithPlacement(new AxisPlacement("approach", -1))
            .WithPlacement(new AxisPlacement("approach", 0.5));
        opinion.Placements.Should().ContainSingle().Which.Value.Should().Be(0.5);
    }

    [Theory]
    [InlineData(1.01)]
    [InlineData(-2)]
    public void AxisPlacement_OutOfRange_Throws(double value)
    {
        var act = () => new AxisPlacement("approach", value);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("out-of-range");
    }

    [Fact]
    public void Axis_SamePoles_Throws()
    {
        var act = () => new DivergenceAxis("x", "Half full", "half full");
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("same-poles");
    }
}
