using System;
using Wgec.Core.Consensus;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

public sealed class AnyOfRuleContractTests
{
    [Fact]
    public void Constructor_NoChildRule_IsRejectedNamingRules()
    {
        var act = () => new AnyOfRule([]);
        act.Should().Throw<ArgumentException>().WithParameterName("rules");
    }

    [Fact]
    public void Evaluate_NullContext_IsRejectedBeforeAnyChildIsConsulted()
    {
        var child = new AllOfRuleContractTests.RecordingRule();
        var act = () => new AnyOfRule([child]).Evaluate(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("context");
        child.Evaluations.Should().Be(0);
    }

    [Theory]
    [InlineData("same", true)]
    [InlineData("other-child", false)]
    [InlineData("fewer-children", false)]
    public void Equals_ComparesTheChildRules(string variant, bool expected)
    {
        var original = new AnyOfRule([new UnConsensusRule(), new QualifiedMajorityRule()]);
        var other = variant switch
        {
            "same" => new AnyOfRule([new UnConsensusRule(), new QualifiedMajorityRule()]),
            "other-child" => new AnyOfRule([new UnConsensusRule(), new QualifiedMajorityRule(0.75)]),
            _ => new AnyOfRule([new UnConsensusRule()]),
        };
        if (expected)
        {
            EqualityAssert.Contract(original, other);
        }
        else
        {
            EqualityAssert.Contract(original, new AnyOfRule([new UnConsensusRule(), new QualifiedMajorityRule()]), other);
        }
    }
}
