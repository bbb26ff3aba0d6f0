using System;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

public sealed class ConsensusOutcomeContractTests
{
    private static readonly RecommendationId Rec = new("A-1");

    private static readonly Finding Objection = new(FindingKind.BlockingObjection, true, "un-consensus", new ParticipantId("g1"), StakeholderGroup.Governments, text: "too broad");

    private static readonly Finding Quorum = new(FindingKind.QuorumNotMet, true, "un-consensus", actual: 3, required: 4);

    private static ConsensusOutcome Blocked(double? score = 0.5) => new(Rec, 4, false, OutcomeKind.NoAgreement, "un-consensus", [Objection], score);

    [Fact]
    public void Constructor_DefaultRecommendation_IsRejectedAsRequired()
    {
        var act = () => new ConsensusOutcome(default, 4, false, OutcomeKind.Agreed, "un-consensus", []);
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("recommendation").Which;
        ex.Rule.Should().Be("required");
        ex.Message.Should().StartWith("an outcome needs a recommendation id.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_MeetingNotPositive_IsRejectedNamingMeeting(int meeting)
    {
        var act = () => new ConsensusOutcome(Rec, meeting, false, OutcomeKind.Agreed, "un-consensus", []);
        act.Should().Throw<ArgumentException>().WithParameterName("meeting");
    }

    [Fact]
    public void Constructor_UndefinedKind_IsRejectedNamingKind()
    {
        var act = () => new ConsensusOutcome(Rec, 4, false, (OutcomeKind)99, "un-consensus", [Objection]);
        act.Should().Throw<ArgumentException>().WithParameterName("kind");
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    public void Constructor_BlankRule_IsRejectedNamingRule(string rule)
    {
        var act = () => new ConsensusOutcome(Rec, 4, false, OutcomeKind.Agreed, rule, []);
        act.Should().Throw<ArgumentException>().WithParameterName("rule");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_ScoreOutsideZeroToOne_IsRejected(double score)
    {
        var act = () => Blocked(score);
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("score").Which;
        ex.Rule.Should().Be("out-of-range");
        ex.Message.Should().StartWith("a group-aware score lies between 0 and 1.");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Constructor_ScoreWithinZeroToOneInclusive_IsKept(double score) => Blocked(score).Score.Should().Be(score);

    [Fact]
    public void Decide_BlankRule_IsRejectedBeforeTheFindingsAreRead()
    {
        var act = () => ConsensusOutcome.Decide(ConsensusFixtures.Context("g1=S"), " ", null!);
        act.Should().Throw<ArgumentException>().WithParameterName("rule");
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    public void DeclaredNoAgreement_BlankDeclaration_IsRejectedNamingDeclaration(string declaration)
    {
        var act = () => ConsensusOutcome.DeclaredNoAgreement(Rec, 4, declaration);
        act.Should().Throw<ArgumentException>().WithParameterName("declaration");
    }

    [Theory]
    [InlineData("same", true)]
    [InlineData("recommendation", false)]
    [InlineData("meeting", false)]
    [InlineData("final-reading", false)]
    [InlineData("kind", false)]
    [InlineData("rule", false)]
    [InlineData("findings", false)]
    [InlineData("score", false)]
    [InlineData("no-score", false)]
    public void Equals_DiffersInExactlyOneMember(string member, bool expected)
    {
        var original = Blocked();
        var other = member switch
        {
            "same" => new ConsensusOutcome(Rec, 4, false, OutcomeKind.NoAgreement, " un-consensus ", [Objection], 0.5),
            "recommendation" => new ConsensusOutcome(new RecommendationId("A-2"), 4, false, OutcomeKind.NoAgreement, "un-consensus", [Objection], 0.5),
            "meeting" => new ConsensusOutcome(Rec, 5, false, OutcomeKind.NoAgreement, "un-consensus", [Objection], 0.5),
            "final-reading" => new ConsensusOutcome(Rec, 4, true, OutcomeKind.NoAgreement, "un-consensus", [Objection], 0.5),
            "kind" => new ConsensusOutcome(Rec, 4, false, OutcomeKind.ToBeRevisited, "un-consensus", [Objection], 0.5),
            "rule" => new ConsensusOutcome(Rec, 4, false, OutcomeKind.NoAgreement, "rough-consensus", [Objection], 0.5),
            "findings" => new ConsensusOutcome(Rec, 4, false, OutcomeKind.NoAgreement, "un-consensus", [Quorum], 0.5),
            "score" => Blocked(0.6),
            _ => Blocked(null),
        };
        if (expected)
        {
            EqualityAssert.Contract(original, other);
        }
        else
        {
            EqualityAssert.Contract(original, Blocked(), other);
        }
    }

    [Fact]
    public void ToString_Agreed_NamesTheKindAndRuleOnly() =>
        new ConsensusOutcome(Rec, 4, false, OutcomeKind.Agreed, "un-consensus", []).ToString().Should().Be("A-1: agreed (un-consensus)");

    [Fact]
    public void ToString_NotAgreed_ListsEveryBlockingFindingSeparatedBySemicolons()
    {
        var reservation = new Finding(FindingKind.Reservation, false, "un-consensus", new ParticipantId("p1"), StakeholderGroup.PrivateSector, text: "cost");
        var outcome = new ConsensusOutcome(Rec, 4, true, OutcomeKind.NoAgreement, "un-consensus", [Quorum, reservation, Objection]);
        outcome.ToString().Should().Be("A-1: no agreement (un-consensus) — quorum not met: 3 present, 4 required; open objection by g1 (governments): too broad");
    }
}
