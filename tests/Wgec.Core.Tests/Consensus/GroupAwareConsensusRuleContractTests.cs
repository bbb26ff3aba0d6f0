using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Validation and descriptor equality of the group-aware (Polis) rule.</summary>
public sealed class GroupAwareConsensusRuleContractTests
{
    [Fact]
    public void Constructor_ZeroThreshold_IsRejectedWithTheOpenRange()
    {
        var act = () => new GroupAwareConsensusRule(0);
        act.Should().Throw<DomainValidationException>().WithMessage("threshold must be above 0 and at most 1, not 0.*")
            .WithParameterName("threshold").Which.Rule.Should().Be("out-of-range");
    }

    [Fact]
    public void Equals_SameThreshold_IsTrueWithEqualHashCodes()
    {
        EqualityAssert.Contract(new GroupAwareConsensusRule(0.3), new GroupAwareConsensusRule(0.3));
    }

    [Fact]
    public void Equals_OtherThresholdOrNull_IsFalse()
    {
        var rule = new GroupAwareConsensusRule(0.3);
        EqualityAssert.Contract(rule, new GroupAwareConsensusRule(0.3), new GroupAwareConsensusRule(0.4));
    }

    [Fact]
    public void Evaluate_ScoreExactlyAtTheThreshold_IsNotBlocking()
    {
        var context = ConsensusFixtures.Context("g1=S p1=S c1=S t1=S i1=S");
        var score = GroupAwareConsensusRule.ScoreOf(context);
        var outcome = new GroupAwareConsensusRule(score).Evaluate(context);
        outcome.Kind.Should().Be(OutcomeKind.Agreed, "a score that reaches the threshold passes");
        outcome.Findings.Single(f => f.Kind == FindingKind.GroupAwareScore).Blocking.Should().BeFalse();
    }
}
