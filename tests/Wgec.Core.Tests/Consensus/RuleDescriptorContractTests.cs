using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Validation, equality and the parsed text form of a rule descriptor.</summary>
public sealed class RuleDescriptorContractTests
{
    private static RuleDescriptor Descriptor(string name, string parameters = "", params string[] children) =>
        new(name,
            parameters.Split(',', System.StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).Select(p => new KeyValuePair<string, double>(p[0], double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))),
            children.Select(c => new RuleDescriptor(c)));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankParameterName_IsRejectedNamingParameters(string parameter)
    {
        var act = () => new RuleDescriptor("un-consensus", [new(parameter, 0.5)]);
        act.Should().Throw<DomainValidationException>().WithMessage("a parameter of rule 'un-consensus' has a blank name.*")
            .WithParameterName("parameters").Which.Rule.Should().Be("invalid-parameter");
    }

    [Fact]
    public void Constructor_ParameterGivenTwice_IsRejectedAtThatParameter()
    {
        var act = () => new RuleDescriptor("un-consensus", [new("quorum", 0.5), new("quorum", 0.6)]);
        var ex = act.Should().Throw<DomainValidationException>().WithMessage("parameter 'quorum' of rule 'un-consensus' is given twice.*")
            .WithParameterName("parameters").Which;
        ex.Rule.Should().Be("duplicate");
        ex.Location.Should().Be("parameters.quorum");
    }

    [Theory]
    [InlineData("article-9")]
    [InlineData("9")]
    [InlineData("phase0-rule")]
    [InlineData("a")]
    public void Constructor_KebabNameWithDigits_IsAccepted(string name) =>
        new RuleDescriptor(name).Name.Should().Be(name);

    [Fact]
    public void Equals_SameContentWithParametersInAnyOrder_IsTrueWithEqualHashCodes()
    {
        var left = Descriptor("all-of", "b=2,a=1", "un-consensus", "group-aware");
        var right = Descriptor("all-of", "a=1,b=2", "un-consensus", "group-aware");
        EqualityAssert.Contract(left, right);
    }

    [Theory]
    [InlineData("any-of", "a=1,b=2", "un-consensus", "group-aware")]
    [InlineData("all-of", "a=1", "un-consensus", "group-aware")]
    [InlineData("all-of", "a=1,b=2,c=3", "un-consensus", "group-aware")]
    [InlineData("all-of", "a=1,b=2.5", "un-consensus", "group-aware")]
    [InlineData("all-of", "a=1,c=2", "un-consensus", "group-aware")]
    [InlineData("all-of", "a=1,b=2", "group-aware", "un-consensus")]
    [InlineData("all-of", "a=1,b=2", "un-consensus")]
    public void Equals_DifferingInExactlyOneMember_IsFalse(string name, string parameters, params string[] children)
    {
        var descriptor = Descriptor("all-of", "a=1,b=2", "un-consensus", "group-aware");
        var other = Descriptor(name, parameters, children);
        EqualityAssert.Contract(descriptor, Descriptor("all-of", "a=1,b=2", "un-consensus", "group-aware"), other);
    }

    private static string Nested(int levels) =>
        string.Concat(Enumerable.Repeat("all-of(", levels)) + "un-consensus" + new string(')', levels);

    [Fact]
    public void TryParse_SixteenNestedLevels_IsAccepted()
    {
        RuleDescriptor.TryParse(Nested(16), out var parsed, out var error).Should().BeTrue(error);
        parsed!.ToString().Should().Be(Nested(16));
    }

    [Theory]
    [InlineData(17)]
    [InlineData(40)]
    public void TryParse_DeeperNesting_IsRejectedSayingTheLimit(int levels)
    {
        RuleDescriptor.TryParse(Nested(levels), out var parsed, out var error).Should().BeFalse();
        parsed.Should().BeNull();
        error.Should().Be("rules nest deeper than 16 levels.");
    }
}
