using System.Linq;
using Wgec.Core.Consensus;
using static Wgec.Core.Tests.Consensus.ConsensusFixtures;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Validation, boundaries and descriptor equality of the rough-consensus (RFC 7282) rule.</summary>
public sealed class RoughConsensusRuleContractTests
{
    [Fact]
    public void Constructor_ZeroShare_IsRejectedNamingMaxSustainedShare()
    {
        var act = () => new RoughConsensusRule(0);
        act.Should().Throw<DomainValidationException>().WithMessage("maxSustainedShare must be above 0 and at most 1, not 0.*")
            .WithParameterName("maxSustainedShare").Which.Rule.Should().Be("out-of-range");
    }

    [Fact]
    public void Evaluate_TinyShareWithoutSustainedObjection_IsAgreed()
    {
        var outcome = new RoughConsensusRule(1e-10).Evaluate(Context("g1=S g2=S p1=S"));
        outcome.Kind.Should().Be(OutcomeKind.Agreed);
        outcome.Findings.Select(f => f.Kind).Should().Equal(FindingKind.QuorumMet, FindingKind.SustainedObjectionsUnderLimit);
    }

    [Fact]
    public void Evaluate_TinyShareWithOneSustainedObjection_IsBlocked() =>
        Blocking(new RoughConsensusRule(1e-10).Evaluate(Context("g1=S g2=X p1=S"))).Should().Be("TooManySustainedObjections,SustainedObjection");

    [Fact]
    public void Evaluate_TinyShareWithOneSustainedObjection_StatesALimitOfOne()
    {
        var finding = new RoughConsensusRule(1e-10).Evaluate(Context("g1=S g2=X p1=S")).BlockingFindings.First();

        finding.Actual.Should().Be(1);
        finding.Required.Should().Be(1);
        finding.ToString().Should().Be("1 sustained objection(s) of 3 present, at or above the limit of 1 (share 1E-10)");
    }

    [Fact]
    public void Evaluate_GroupsWithoutMembersPresent_DoNotCountAsSustaining()
    {
        var outcome = new RoughConsensusRule(quorum: 0, minWholeGroupSize: 1).Evaluate(Context("g1=S"));
        outcome.Kind.Should().Be(OutcomeKind.Agreed);
        outcome.Findings.Select(f => f.Kind).Should().Equal(FindingKind.QuorumMet, FindingKind.SustainedObjectionsUnderLimit);
    }

    [Fact]
    public void Evaluate_NobodyPresent_ReportsOnlyTheMissingQuorum() =>
        Blocking(new RoughConsensusRule().Evaluate(Context(""))).Should().Be("QuorumNotMet");

    [Fact]
    public void Equals_OtherShareOrNull_IsFalse()
    {
        var rule = new RoughConsensusRule(0.2);
        EqualityAssert.Contract(rule, new RoughConsensusRule(0.2), new RoughConsensusRule(0.25));
    }
}
