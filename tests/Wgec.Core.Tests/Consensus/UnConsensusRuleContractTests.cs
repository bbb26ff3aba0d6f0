using System;
using Wgec.Core.Consensus;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Validation, null handling and descriptor equality of the UN consensus rule.</summary>
public sealed class UnConsensusRuleContractTests
{
    [Theory]
    [InlineData(1.5, "quorum must be between 0 and 1, not 1.5.")]
    [InlineData(-0.5, "quorum must be between 0 and 1, not -0.5.")]
    public void Constructor_QuorumOutsideClosedRange_IsRejectedNamingQuorum(double quorum, string message)
    {
        var act = () => new UnConsensusRule(quorum);
        act.Should().Throw<DomainValidationException>().WithMessage(message + "*")
            .WithParameterName("quorum").Which.Rule.Should().Be("out-of-range");
    }

    [Fact]
    public void Constructor_ZeroQuorum_IsAccepted() => new UnConsensusRule(0).Quorum.Should().Be(0);

    [Fact]
    public void Evaluate_NullContext_IsRejectedNamingContext()
    {
        var act = () => new UnConsensusRule().Evaluate(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("context");
    }

    [Fact]
    public void Equals_OtherQuorumOrNull_IsFalse()
    {
        var rule = new UnConsensusRule(0.6);
        EqualityAssert.Contract(rule, new UnConsensusRule(0.6), new UnConsensusRule(0.5));
    }
}
