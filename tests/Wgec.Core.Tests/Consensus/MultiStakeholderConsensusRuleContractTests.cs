using Wgec.Core.Consensus;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Validation and descriptor equality of the multi-stakeholder rule.</summary>
public sealed class MultiStakeholderConsensusRuleContractTests
{
    [Fact]
    public void Constructor_QuorumAboveOne_IsRejectedWithTheClosedRange()
    {
        var act = () => new MultiStakeholderConsensusRule(1.5);
        act.Should().Throw<DomainValidationException>().WithMessage("quorum must be between 0 and 1, not 1.5.*")
            .WithParameterName("quorum").Which.Rule.Should().Be("out-of-range");
    }

    [Fact]
    public void Equals_SameParameters_IsTrueWithEqualHashCodes()
    {
        EqualityAssert.Contract(new MultiStakeholderConsensusRule(0.6, 2), new MultiStakeholderConsensusRule(0.6, 2));
    }

    [Fact]
    public void Equals_OtherParameterOrNull_IsFalse()
    {
        var rule = new MultiStakeholderConsensusRule(0.6, 2);
        EqualityAssert.Contract(rule, new MultiStakeholderConsensusRule(0.6, 2), new MultiStakeholderConsensusRule(0.6, 1), new MultiStakeholderConsensusRule(0.5, 2));
    }
}
