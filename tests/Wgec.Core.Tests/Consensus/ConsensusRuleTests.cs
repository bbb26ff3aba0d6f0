using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Process;
using static Wgec.Core.Tests.Consensus.ConsensusFixtures;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Table-driven tests of every built-in rule, asserting the outcome and its explanation.</summary>
public sealed class ConsensusRuleTests
{
    private const string AllSupport = "g1=S g2=S p1=S c1=S t1=S i1=S";

    [Theory]
    [InlineData(AllSupport, false, OutcomeKind.Agreed, "")]
    [InlineData("g1=S g2=R p1=N c1=A t1=S i1=S", false, OutcomeKind.Agreed, "")]
    [InlineData("g1=S g2=O p1=S c1=S t1=S i1=S", false, OutcomeKind.ToBeRevisited, "BlockingObjection")]
    [InlineData("g1=S g2=O p1=S c1=S t1=S i1=S", true, OutcomeKind.NoAgreement, "BlockingObjection")]
    [InlineData("g1=S g2=X p1=S c1=X t1=S i1=S", false, OutcomeKind.ToBeRevisited, "BlockingObjection,BlockingObjection")]
    [InlineData("g1=S g2=W p1=D c1=C t1=S i1=S", false, OutcomeKind.Agreed, "")]
    [InlineData("g1=S g2=S", false, OutcomeKind.ToBeRevisited, "QuorumNotMet")]
    [InlineData("g1=S g2=S p1=S o1=O", false, OutcomeKind.Agreed, "")]
    public void UnConsensus_Evaluate(string notation, bool final, OutcomeKind expected, string blocking)
    {
        var outcome = new UnConsensusRule().Evaluate(Context(notation, final));
        outcome.Kind.Should().Be(expected);
        Blocking(outcome).Should().Be(blocking);
        outcome.Rule.Should().Be("un-consensus");
    }

    [Fact]
    public void UnConsensus_OpenObjection_ExplainsParticipantGroupAndReason()
    {
        var finding = new UnConsensusRule().Evaluate(Context("g1=S g2=S p1=O c1=S t1=S i1=S")).BlockingFindings.Single();
        finding.Participant.Should().Be(new Wgec.Core.Identifiers.ParticipantId("p1"));
        finding.Group.Should().Be(StakeholderGroup.PrivateSector);
        finding.Disposition.Should().Be(ObjectionDisposition.Open);
        finding.Text.Should().Be("reason of p1");
        finding.ToString().Should().Be("open objection by p1 (private sector): reason of p1");
    }

    [Fact]
    public void UnConsensus_QuorumNotMet_ExplainsPresentAndRequired()
    {
        var finding = new UnConsensusRule(quorum: 0.75).Evaluate(Context("g1=S g2=S p1=S c1=S")).BlockingFindings.Single();
        finding.Kind.Should().Be(FindingKind.QuorumNotMet);
        finding.Actual.Should().Be(4);
        finding.Required.Should().Be(5);
    }

    [Fact]
    public void UnConsensus_Agreed_RecordsReservationsOfMembersOnly()
    {
        var outcome = new UnConsensusRule().Evaluate(Context("g1=R g2=S p1=S c1=S t1=S i1=S o1=R"));
        outcome.IsAgreed.Should().BeTrue();
        outcome.Reservations.Select(r => r.Participant!.Value.Value).Should().Equal("g1");
        outcome.Reservations.Single().Text.Should().Be("reservation of g1");
    }

    [Theory]
    [InlineData(AllSupport, 1, OutcomeKind.Agreed, "")]
    [InlineData("g1=S g2=S p1=N c1=S t1=S i1=S", 1, OutcomeKind.ToBeRevisited, "GroupWithoutSupport")]
    [InlineData("g1=S g2=A p1=S c1=S t1=S i1=S", 2, OutcomeKind.ToBeRevisited, "GroupWithoutSupport,GroupWithoutSupport,GroupWithoutSupport,GroupWithoutSupport,GroupWithoutSupport")]
    [InlineData("g1=S g2=S p1=S c1=S t1=S", 1, OutcomeKind.Agreed, "")]
    [InlineData("g1=S g2=O p1=A c1=S t1=S i1=S", 1, OutcomeKind.ToBeRevisited, "BlockingObjection,GroupWithoutSupport")]
    public void MultiStakeholder_Evaluate(string notation, int minimum, OutcomeKind expected, string blocking)
    {
        var outcome = new MultiStakeholderConsensusRule(minimumSupporters: minimum).Evaluate(Context(notation));
        outcome.Kind.Should().Be(expected);
        Blocking(outcome).Should().Be(blocking);
    }

    [Fact]
    public void MultiStakeholder_GroupWithoutSupport_NamesTheGroup()
    {
        var finding = new MultiStakeholderConsensusRule().Evaluate(Context("g1=S g2=S p1=N c1=S t1=S i1=S")).BlockingFindings.Single();
        finding.Group.Should().Be(StakeholderGroup.PrivateSector);
        finding.Actual.Should().Be(0);
        finding.Required.Should().Be(1);
    }

    [Theory]
    [InlineData(AllSupport, 0.2, OutcomeKind.Agreed, "")]
    [InlineData("g1=S g2=O p1=S c1=S t1=S i1=S", 0.2, OutcomeKind.ToBeRevisited, "ObjectionNotAddressed")]
    [InlineData("g1=S g2=D p1=S c1=S t1=S i1=S", 0.2, OutcomeKind.Agreed, "")]
    [InlineData("g1=S g2=X p1=S c1=S t1=S i1=S", 0.2, OutcomeKind.Agreed, "")]
    [InlineData("g1=S g2=X p1=S c1=S t1=S i1=S", 0.1, OutcomeKind.ToBeRevisited, "TooManySustainedObjections,SustainedObjection")]
    [InlineData("g1=S g2=S p1=X c1=S t1=S i1=S", 0.2, OutcomeKind.Agreed, "")]
    [InlineData("g1=X g2=X p1=S c1=S t1=S i1=S", 0.5, OutcomeKind.ToBeRevisited, "WholeGroupSustains,SustainedObjection,SustainedObjection")]
    [InlineData("", 0.5, OutcomeKind.ToBeRevisited, "QuorumNotMet")]
    public void RoughConsensus_Evaluate(string notation, double share, OutcomeKind expected, string blocking)
    {
        var outcome = new RoughConsensusRule(share).Evaluate(Context(notation));
        outcome.Kind.Should().Be(expected);
        Blocking(outcome).Should().Be(blocking);
    }

    [Fact]
    public void RoughConsensus_TooManySustained_ExplainsCountAndLimit()
    {
        var finding = new RoughConsensusRule(0.1).Evaluate(Context("g1=S g2=X p1=S c1=S t1=S i1=S")).BlockingFindings.First();
        finding.Kind.Should().Be(FindingKind.TooManySustainedObjections);
        finding.Basis.Should().Be(6);
        finding.Share.Should().Be(0.1);
        finding.Actual.Should().Be(1);
        finding.Required.Should().Be(1);
    }

    [Theory]
    [InlineData(AllSupport, 0.1, OutcomeKind.Agreed, 0.75 * 2.0 / 3 * 2.0 / 3 * 2.0 / 3 * 2.0 / 3)]
    [InlineData(AllSupport, 0.2, OutcomeKind.ToBeRevisited, 0.1481481481)]
    [InlineData("g1=S g2=S p1=A c1=S t1=S i1=S", 0.1, OutcomeKind.ToBeRevisited, 0.75 * 1.0 / 3 * 2.0 / 3 * 2.0 / 3 * 2.0 / 3)]
    public void GroupAware_Evaluate_ExposesScore(string notation, double threshold, OutcomeKind expected, double score)
    {
        var rule = new GroupAwareConsensusRule(threshold);
        var outcome = rule.Evaluate(Context(notation));
        outcome.Score.Should().BeApproximately(score, 1e-9);
        var finding = outcome.Findings.Single(f => f.Kind == FindingKind.GroupAwareScore);
        finding.Actual.Should().Be(outcome.Score);
        finding.Required.Should().Be(threshold);
        outcome.Kind.Should().Be(finding.Blocking ? OutcomeKind.ToBeRevisited : OutcomeKind.Agreed);
        outcome.Kind.Should().Be(expected);
    }

    [Theory]
    [InlineData(AllSupport, OutcomeKind.Agreed, "")]
    [InlineData("g1=S g2=S p1=S c1=S t1=O i1=O", OutcomeKind.Agreed, "")]
    [InlineData("g1=S g2=S p1=S c1=O t1=O i1=O", OutcomeKind.ToBeRevisited, "MajorityNotReached")]
    [InlineData("g1=S g2=A p1=N c1=O t1=A i1=A", OutcomeKind.ToBeRevisited, "MajorityNotReached")]
    [InlineData("g1=S g2=A p1=N c1=A t1=A i1=A", OutcomeKind.Agreed, "")]
    [InlineData("g1=A g2=A", OutcomeKind.ToBeRevisited, "QuorumNotMet,MajorityNotReached")]
    public void QualifiedMajority_Evaluate(string notation, OutcomeKind expected, string blocking)
    {
        var outcome = new QualifiedMajorityRule().Evaluate(Context(notation));
        outcome.Kind.Should().Be(expected);
        Blocking(outcome).Should().Be(blocking);
    }

    [Fact]
    public void QualifiedMajority_NotReached_ExplainsSupportersAndRequired()
    {
        var finding = new QualifiedMajorityRule().Evaluate(Context("g1=S g2=S p1=S c1=O t1=O i1=O")).BlockingFindings.Single();
        finding.Actual.Should().Be(3);
        finding.Required.Should().Be(4);
    }

    [Fact]
    public void AllOf_AgreesOnlyWhenEveryChildAgrees()
    {
        var rule = new AllOfRule([new UnConsensusRule(), new MultiStakeholderConsensusRule()]);
        rule.Evaluate(Context(AllSupport)).IsAgreed.Should().BeTrue();
        var outcome = rule.Evaluate(Context("g1=S g2=S p1=N c1=S t1=S i1=S"));
        outcome.Kind.Should().Be(OutcomeKind.ToBeRevisited);
        Blocking(outcome).Should().Be("GroupWithoutSupport");
    }

    [Fact]
    public void AnyOf_AgreesWhenOneChildAgrees_AndKeepsOnlyNonBlockingFindings()
    {
        var rule = new AnyOfRule([new UnConsensusRule(), new QualifiedMajorityRule()]);
        var outcome = rule.Evaluate(Context("g1=S g2=S p1=S c1=S t1=S i1=O"));
        outcome.IsAgreed.Should().BeTrue();
        outcome.BlockingFindings.Should().BeEmpty();
        Blocking(rule.Evaluate(Context("g1=S g2=O p1=O c1=O t1=S i1=S"))).Should().Be("BlockingObjection,BlockingObjection,BlockingObjection,MajorityNotReached");
    }

    [Fact]
    public void Context_PositionOfUnknownParticipant_Throws()
    {
        var act = () => Context("zz=S");
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("unknown-participant");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Constructors_ShareOutOfRange_Throw(double share)
    {
        var act = () => new QualifiedMajorityRule(share);
        act.Should().Throw<DomainValidationException>().WithParameterName("share").Which.Rule.Should().Be("out-of-range");
    }
}
