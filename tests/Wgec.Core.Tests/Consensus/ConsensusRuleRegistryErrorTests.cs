using System.Collections.Generic;
using Wgec.Core.Consensus;

namespace Wgec.Core.Tests.Consensus;

/// <summary>The registry's errors name the rule, the parameter and the reason, in the domain's words.</summary>
public sealed class ConsensusRuleRegistryErrorTests
{
    private static string? Error(string text)
    {
        RuleDescriptor.TryParse(text, out var descriptor, out var parseError).Should().BeTrue(parseError);
        ConsensusRuleRegistry.Default.TryCreate(descriptor!, out var rule, out var error).Should().BeFalse();
        rule.Should().BeNull();
        return error;
    }

    [Fact]
    public void TryCreate_OutOfRangeParameter_NamesTheParameterTheRuleAndTheReason()
    {
        Error("qualified-majority(share=2)").Should().Be("parameter 'share' of rule 'qualified-majority': share must be above 0 and at most 1, not 2.");
    }

    [Fact]
    public void TryCreate_OutOfRangeParameterOfAChildRule_NamesTheChildRule()
    {
        Error("all-of(un-consensus, group-aware(threshold=1.5))").Should().StartWith("parameter 'threshold' of rule 'group-aware': ");
    }

    [Fact]
    public void TryCreate_UnknownRule_ListsTheKnownRulesWithoutTheRuntimeSuffix()
    {
        Error("coin-toss").Should().Be("no consensus rule is named 'coin-toss'; known rules: all-of, any-of, group-aware, multi-stakeholder, qualified-majority, rough-consensus, un-consensus.");
    }

    [Fact]
    public void Create_OutOfRangeParameter_KeepsTheRuleOfTheFaultAndPointsAtTheParameter()
    {
        var descriptor = new RuleDescriptor("un-consensus", [new KeyValuePair<string, double>("quorum", -1)]);
        var act = () => ConsensusRuleRegistry.Default.Create(descriptor);
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("out-of-range");
        ex.Location.Should().Be("parameters.quorum");
        ex.ParamName.Should().Be("descriptor");
    }
}
