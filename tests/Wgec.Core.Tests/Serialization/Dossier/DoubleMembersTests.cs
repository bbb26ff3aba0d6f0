using System;
using System.Collections.Generic;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Tests.Serialization.Dossier;

/// <summary>
/// Every double that a dossier carries (axis placements, a condition's required share, rule
/// parameters in the decision rule's text) refuses the non-finite values that a hostile number
/// like 1e400 or NaN could produce, in the constructor itself, whatever the JSON reader does.
/// </summary>
public sealed class DoubleMembersTests
{
    public static TheoryData<double> NonFinite() => new() { double.PositiveInfinity, double.NegativeInfinity, double.NaN };

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void AxisPlacement_RefusesNonFiniteValues(double value)
    {
        var act = () => new AxisPlacement("framework", value);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("out-of-range");
    }

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void ConditionalAgreement_RefusesNonFiniteShares(double share)
    {
        var act = () => new ConditionalAgreement("c", [new RecommendationId("A-1")], share, [new RecommendationId("C-1")]);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("requiredShare");
    }

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void RuleDescriptor_RefusesNonFiniteParameters(double value)
    {
        var act = () => new RuleDescriptor("qualified-majority", [new KeyValuePair<string, double>("share", value)]);
        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("qualified-majority(share=1e400)")]
    [InlineData("qualified-majority(share=-1e400)")]
    [InlineData("qualified-majority(share=NaN)")]
    [InlineData("qualified-majority(share=Infinity)")]
    public void RuleText_WithANonFiniteParameter_DoesNotParse(string text)
    {
        RuleDescriptor.TryParse(text, out var descriptor, out var error).Should().BeFalse();
        descriptor.Should().BeNull();
        error.Should().NotBeNullOrWhiteSpace();
    }
}
