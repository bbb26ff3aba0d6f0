using System;
using System.Collections.Generic;
using Wgec.Core.Consensus;

namespace Wgec.Core.Tests.Consensus;

public sealed class ConsensusRuleRegistryContractTests
{
    private static readonly ConsensusRuleRegistry Registry = ConsensusRuleRegistry.Default;

    private static RuleDescriptor Leaf(string name, string? parameter = null, double value = 0) =>
        new(name, parameter is null ? null : [new KeyValuePair<string, double>(parameter, value)]);

    [Fact]
    public void With_NullFactory_IsRejectedNamingFactory()
    {
        var act = () => Registry.With("consensus-minus-one", null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("factory");
    }

    [Fact]
    public void Create_NullDescriptor_IsRejectedNamingDescriptor()
    {
        var act = () => Registry.Create(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("descriptor");
    }

    [Fact]
    public void TryCreate_NullDescriptor_ReportsTheErrorWithoutThrowing()
    {
        Registry.TryCreate(null!, out var rule, out var error).Should().BeFalse();
        rule.Should().BeNull();
        error.Should().Contain("descriptor");
    }

    [Fact]
    public void Create_UnknownName_ListsTheKnownRules()
    {
        var act = () => Registry.Create(Leaf("acclamation"));
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("descriptor").Which;
        ex.Rule.Should().Be("unknown-rule");
        ex.Location.Should().Be("name");
        ex.Message.Should().StartWith("no consensus rule is named 'acclamation'; known rules: all-of, any-of, group-aware, multi-stakeholder, qualified-majority, rough-consensus, un-consensus.");
    }

    [Theory]
    [InlineData("un-consensus", "quorum")]
    [InlineData("multi-stakeholder", "quorum, minimumSupporters")]
    [InlineData("rough-consensus", "maxSustainedShare, minWholeGroupSize, quorum")]
    [InlineData("group-aware", "countAbsentGroups, quorum, threshold")]
    [InlineData("qualified-majority", "quorum, share")]
    public void Create_UnknownParameter_NamesItAndTheKnownOnes(string name, string known)
    {
        var act = () => Registry.Create(Leaf(name, "vetoes", 1));
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("d").Which;
        ex.Rule.Should().Be("unknown-parameter");
        ex.Location.Should().Be("parameters.vetoes");
        ex.Message.Should().StartWith($"rule '{name}' has no parameter 'vetoes'; it takes: {known}.");
    }

    [Theory]
    [InlineData("un-consensus")]
    [InlineData("multi-stakeholder")]
    [InlineData("rough-consensus")]
    [InlineData("group-aware")]
    [InlineData("qualified-majority")]
    public void Create_LeafRuleWithChildren_IsRejected(string name)
    {
        var act = () => Registry.Create(new RuleDescriptor(name, children: [new RuleDescriptor("un-consensus")]));
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("d").Which;
        ex.Rule.Should().Be("unexpected-children");
        ex.Location.Should().Be("children");
        ex.Message.Should().StartWith($"rule '{name}' takes no child rules.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1.5)]
    [InlineData(2147483648.0)]
    public void Create_MinimumSupportersNotAWholeNumberOfAtLeastOne_IsRejected(double value)
    {
        var act = () => Registry.Create(Leaf("multi-stakeholder", "minimumSupporters", value));
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("d").Which;
        ex.Rule.Should().Be("out-of-range");
        ex.Location.Should().Be("parameters.minimumSupporters");
        ex.Message.Should().StartWith("parameter 'minimumSupporters' of rule 'multi-stakeholder' must be a whole number of at least 1.");
    }

    [Theory]
    [InlineData(1.0, 1)]
    [InlineData(3.0, 3)]
    [InlineData(2147483647.0, int.MaxValue)]
    public void Create_MinimumSupportersWholeNumber_IsTaken(double value, int expected) =>
        Registry.Create(Leaf("multi-stakeholder", "minimumSupporters", value))
            .Should().BeOfType<MultiStakeholderConsensusRule>().Which.MinimumSupporters.Should().Be(expected);

    [Theory]
    [InlineData("all-of")]
    [InlineData("any-of")]
    public void Create_CompositeWithParameters_IsRejected(string name)
    {
        var act = () => Registry.Create(new RuleDescriptor(name, [new KeyValuePair<string, double>("quorum", 0.5)], [new RuleDescriptor("un-consensus")]));
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("d").Which;
        ex.Rule.Should().Be("unknown-parameter");
        ex.Location.Should().Be("parameters");
        ex.Message.Should().StartWith($"rule '{name}' takes no parameters.");
    }

    [Theory]
    [InlineData("all-of")]
    [InlineData("any-of")]
    public void Create_CompositeWithoutChildren_IsRejected(string name)
    {
        var act = () => Registry.Create(new RuleDescriptor(name));
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("d").Which;
        ex.Rule.Should().Be("required");
        ex.Location.Should().Be("children");
        ex.Message.Should().StartWith($"rule '{name}' needs at least one child rule.");
    }
}
