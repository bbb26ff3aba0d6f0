using Wgec.Core.Consensus;

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
        new MultiStakeholderConsensusRule(0.6, 2).Equals(new MultiStakeholderConsensusRule(0.6, 2)).Should().BeTrue();
        new MultiStakeholderConsensusRule(0.6, 2).GetHashCode().Should().Be(new MultiStakeholderConsensusRule(0.6, 2).GetHashCode());
    }

    [Fact]
    public void Equals_OtherParameterOrNull_IsFalse()
    {
        var rule = new MultiStakeholderConsensusRule(0.6, 2);
        rule.Equals(new MultiStakeholderConsensusRule(0.6, 1)).Should().BeFalse();
        rule.Equals(new MultiStakeholderConsensusRule(0.5, 2)).Should().BeFalse();
        rule.Equals(null).Should().BeFalse();
        rule!.Equals(obj: null).Should().BeFalse();
    }
}
