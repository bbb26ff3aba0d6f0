using System;
using Wgec.Core.Consensus;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Validation, null handling and descriptor equality of the qualified-majority rule.</summary>
public sealed class QualifiedMajorityRuleContractTests
{
    [Theory]
    [InlineData(0, "share must be above 0 and at most 1, not 0.")]
    [InlineData(1.5, "share must be above 0 and at most 1, not 1.5.")]
    [InlineData(-0.1, "share must be above 0 and at most 1, not -0.1.")]
    public void Constructor_ShareOutsideOpenRange_IsRejectedNamingShare(double share, string message)
    {
        var act = () => new QualifiedMajorityRule(share);
        act.Should().Throw<DomainValidationException>().WithMessage(message + "*")
            .WithParameterName("share").Which.Rule.Should().Be("out-of-range");
    }

    [Fact]
    public void Constructor_ShareOfOne_MeansUnanimityOfThoseVoting() =>
        new QualifiedMajorityRule(1).Evaluate(ConsensusFixtures.Context("g1=S g2=S p1=O")).Kind.Should().Be(OutcomeKind.ToBeRevisited);

    [Fact]
    public void Evaluate_NullContext_IsRejectedNamingContext()
    {
        var act = () => new QualifiedMajorityRule().Evaluate(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("context");
    }

    [Fact]
    public void Equals_OtherShareOrNull_IsFalse()
    {
        var rule = new QualifiedMajorityRule(0.75);
        EqualityAssert.Contract(rule, new QualifiedMajorityRule(0.75), new QualifiedMajorityRule(0.7));
    }
}
