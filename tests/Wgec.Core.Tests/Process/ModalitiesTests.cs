using System;
using Wgec.Core.Consensus;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Process;

public sealed class ModalitiesTests
{
    private static readonly ObserverPolicy Ecosoc = new("ECOSOC rules", requiresGroupAgreement: true, accreditationBy: Standing.Chair);

    private static Modalities Create(string rule = "un-consensus") => new(
        new RuleDescriptor(rule), "Multi-stakeholder approach with mutual trust", Ecosoc,
        [InformationSharingChannel.Streaming, InformationSharingChannel.RealTimeTranscripts],
        ["Compliance with the mandate"], ["Time", "Resources"]);

    [Fact]
    public void Constructor_KeepsTheData()
    {
        var modalities = Create();
        modalities.DecisionRule.Should().Be(new RuleDescriptor("un-consensus"));
        modalities.ObserverPolicy.RequiresGroupAgreement.Should().BeTrue();
        modalities.InformationSharing.Should().Equal(InformationSharingChannel.Streaming, InformationSharingChannel.RealTimeTranscripts);
        modalities.Constraints.Should().Equal("Time", "Resources");
    }

    [Fact]
    public void Constructor_NoRule_Throws()
    {
        var act = () => new Modalities(null!, "m", Ecosoc);
        act.Should().Throw<ArgumentException>().WithParameterName("decisionRule");
    }

    [Fact]
    public void Constructor_RepeatedChannel_ThrowsNamingTheRule()
    {
        var act = () => new Modalities(new RuleDescriptor("un-consensus"), "m", Ecosoc, [InformationSharingChannel.Streaming, InformationSharingChannel.Streaming]);
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("duplicate-channel");
        ex.Message.Should().Contain("entry 2 of information sharing repeats streaming");
    }

    [Fact]
    public void Constructor_BlankConstraint_ThrowsWithLocation()
    {
        var act = () => new Modalities(new RuleDescriptor("un-consensus"), "m", Ecosoc, constraints: ["Time", " "]);
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("blank-text");
        ex.Location.Should().Be("constraints[1]");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(Create(), Create(), Create("w3c-consensus"), Create().WithDecisionRule(new RuleDescriptor("qualified-majority", [new("share", 0.75)])));
        EqualityAssert.Contract(Ecosoc, new ObserverPolicy("ECOSOC rules", true, Standing.Chair), new ObserverPolicy("ECOSOC rules", false, Standing.Chair), new ObserverPolicy("ECOSOC rules", true));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(Create()).Should().Contain("\"informationSharing\":[\"streaming\",\"realTimeTranscripts\"]");
        JsonAssert.RoundTrips(Ecosoc).Should().Be("{\"rules\":\"ECOSOC rules\",\"requiresGroupAgreement\":true,\"accreditationBy\":\"chair\"}");
    }

    [Fact]
    public void Json_DecisionRuleIsItsText_WithParametersRoundTripping()
    {
        JsonAssert.RoundTrips(Create()).Should().StartWith("{\"decisionRule\":\"un-consensus\",");
        var withParameters = Create().WithDecisionRule(new RuleDescriptor("any-of", children: [new("un-consensus"), new("qualified-majority", [new("share", 0.75)])]));
        JsonAssert.RoundTrips(withParameters).Should().StartWith("{\"decisionRule\":\"any-of(un-consensus, qualified-majority(share=0.75))\",");
    }

    [Theory]
    [InlineData("un consensus", "'un consensus' is not a valid decision rule: unexpected 'c' at position 3.")]
    [InlineData("qualified-majority(share=", "'qualified-majority(share=' is not a valid decision rule: parameter 'share' needs a number at position 25.")]
    [InlineData("", "'' is not a valid decision rule: a rule is required.")]
    public void Json_BadRule_FailsWithPathAndReason(string rule, string message)
    {
        JsonAssert.FailsToRead<Modalities>(
            "{\"decisionRule\":\"" + rule + "\",\"multiStakeholderApproach\":\"m\",\"observerPolicy\":{\"rules\":\"r\",\"requiresGroupAgreement\":true}}",
            "$.decisionRule", message);
    }
}
