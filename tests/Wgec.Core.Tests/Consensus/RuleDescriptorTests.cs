using System.Linq;
using CsCheck;
using Wgec.Core.Consensus;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Consensus;

public sealed class RuleDescriptorTests
{
    [Fact]
    public void TryParse_ReadsBackToStringOfEveryBuiltInRule()
    {
        foreach (var rule in ConsensusFixtures.AllRules())
        {
            RuleDescriptor.TryParse(rule.ToString(), out var parsed, out var error).Should().BeTrue(error);
            parsed.Should().Be(rule.Descriptor);
            ConsensusRuleRegistry.Default.Create(parsed!).Should().Be(rule);
        }
    }

    [Theory]
    [InlineData("un-consensus", "un-consensus")]
    [InlineData(" any-of ( un-consensus , qualified-majority( share = 0.75 ) ) ", "any-of(un-consensus, qualified-majority(share=0.75))")]
    [InlineData("multi-stakeholder(minimumSupporters=2, quorum=0.6)", "multi-stakeholder(minimumSupporters=2, quorum=0.6)")]
    public void TryParse_AcceptsTheTextForm(string text, string expected)
    {
        RuleDescriptor.TryParse(text, out var parsed, out _).Should().BeTrue();
        parsed!.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("", "a rule is required")]
    [InlineData("un-consensus(", "expected a rule name at position 13")]
    [InlineData("un-consensus(quorum=x)", "parameter 'quorum' needs a number")]
    [InlineData("un-consensus(quorum=0.5", "expected ')' at position 23")]
    [InlineData("un-consensus) x", "unexpected ')' at position 12")]
    [InlineData("Un-Consensus", "is not a rule name")]
    public void TryParse_RejectsInvalidText_SayingWhy(string text, string fragment)
    {
        RuleDescriptor.TryParse(text, out var parsed, out var error).Should().BeFalse();
        parsed.Should().BeNull();
        error.Should().Contain(fragment);
    }

    [Fact]
    public void TryParse_ToString_RoundTripsRandomParameters() =>
        Gen.Select(Gen.Double[0, 1], Gen.Double[0.001, 1], Gen.Int[1, 5]).Sample((quorum, share, minimum) =>
        {
            var rule = new AllOfRule([new MultiStakeholderConsensusRule(quorum, minimum), new AnyOfRule([new QualifiedMajorityRule(share), new RoughConsensusRule(share)])]);
            RuleDescriptor.TryParse(rule.ToString(), out var parsed, out var error).Should().BeTrue(error);
            parsed.Should().Be(rule.Descriptor);
            JsonAssert.RoundTrips(rule);
        }, iter: 1000);

    [Fact]
    public void Constructor_NonFiniteParameter_Throws()
    {
        var act = () => new RuleDescriptor("x", [new("p", double.PositiveInfinity)]);
        act.Should().Throw<DomainValidationException>().Which.Location.Should().Be("parameters.p");
    }
}
