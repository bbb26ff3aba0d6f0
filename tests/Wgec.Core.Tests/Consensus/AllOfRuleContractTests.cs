using System;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

public sealed class AllOfRuleContractTests
{
    [Fact]
    public void Evaluate_NullContext_IsRejectedBeforeAnyChildIsConsulted()
    {
        var child = new RecordingRule();
        var act = () => new AllOfRule([child]).Evaluate(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("context");
        child.Evaluations.Should().Be(0);
    }

    [Theory]
    [InlineData("same", true)]
    [InlineData("other-child", false)]
    [InlineData("extra-child", false)]
    public void Equals_ComparesTheChildRules(string variant, bool expected)
    {
        var original = new AllOfRule([new UnConsensusRule(), new GroupAwareConsensusRule(0.05)]);
        var other = variant switch
        {
            "same" => new AllOfRule([new UnConsensusRule(), new GroupAwareConsensusRule(0.05)]),
            "other-child" => new AllOfRule([new UnConsensusRule(), new GroupAwareConsensusRule(0.1)]),
            _ => new AllOfRule([new UnConsensusRule(), new GroupAwareConsensusRule(0.05), new QualifiedMajorityRule()]),
        };
        if (expected)
        {
            EqualityAssert.Contract(original, other);
        }
        else
        {
            EqualityAssert.Contract(original, new AllOfRule([new UnConsensusRule(), new GroupAwareConsensusRule(0.05)]), other);
        }
    }

    /// <summary>A custom rule that agrees and counts how often it was asked.</summary>
    internal sealed class RecordingRule : IConsensusRule
    {
        public int Evaluations { get; private set; }

        public RuleDescriptor Descriptor { get; } = new("recording");

        public ConsensusOutcome Evaluate(ConsensusContext context)
        {
            Evaluations++;
            return new ConsensusOutcome(new RecommendationId("A-1"), 1, false, OutcomeKind.Agreed, "recording", []);
        }
    }
}
