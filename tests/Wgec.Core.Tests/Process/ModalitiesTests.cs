using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Process;

public sealed class ModalitiesTests
{
    private static readonly ObserverPolicy Ecosoc = new("ECOSOC rules", requiresGroupAgreement: true, accreditationBy: Standing.Chair);

    private static Modalities Create(string rule = "un-consensus") => new(
        rule, "Multi-stakeholder approach with mutual trust", Ecosoc,
        [InformationSharingChannel.Streaming, InformationSharingChannel.RealTimeTranscripts],
        ["Compliance with the mandate"], ["Time", "Resources"]);

    [Fact]
    public void Constructor_KeepsTheData()
    {
        var modalities = Create();
        modalities.DecisionRule.Should().Be("un-consensus");
        modalities.ObserverPolicy.RequiresGroupAgreement.Should().BeTrue();
        modalities.InformationSharing.Should().Equal(InformationSharingChannel.Streaming, InformationSharingChannel.RealTimeTranscripts);
        modalities.Constraints.Should().Equal("Time", "Resources");
    }

    [Theory]
    [InlineData("")]
    [InlineData("un consensus")]
    [InlineData("-x")]
    public void Constructor_MalformedRuleName_ThrowsNamingTheRule(string rule)
    {
        var act = () => Create(rule);
        act.Should().Throw<DomainValidationException>().WithParameterName("decisionRule")
            .Which.Rule.Should().Be("invalid-decision-rule");
    }

    [Fact]
    public void Constructor_RepeatedChannel_ThrowsNamingTheRule()
    {
        var act = () => new Modalities("un-consensus", "m", Ecosoc, [InformationSharingChannel.Streaming, InformationSharingChannel.Streaming]);
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("duplicate-channel");
        ex.Message.Should().Contain("entry 2 of information sharing repeats streaming");
    }

    [Fact]
    public void Constructor_BlankConstraint_ThrowsWithLocation()
    {
        var act = () => new Modalities("un-consensus", "m", Ecosoc, constraints: ["Time", " "]);
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("blank-text");
        ex.Location.Should().Be("constraints[1]");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(Create(), Create(), Create("w3c-consensus"), Create().WithDecisionRule("majority"));
        EqualityAssert.Contract(Ecosoc, new ObserverPolicy("ECOSOC rules", true, Standing.Chair), new ObserverPolicy("ECOSOC rules", false, Standing.Chair), new ObserverPolicy("ECOSOC rules", true));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(Create()).Should().Contain("\"informationSharing\":[\"streaming\",\"realTimeTranscripts\"]");
        JsonAssert.RoundTrips(Ecosoc).Should().Be("{\"rules\":\"ECOSOC rules\",\"requiresGroupAgreement\":true,\"accreditationBy\":\"chair\"}");
    }

    [Fact]
    public void Json_BadRuleName_FailsWithPath()
    {
        JsonAssert.FailsToRead<Modalities>(
            "{\"decisionRule\":\"un consensus\",\"multiStakeholderApproach\":\"m\",\"observerPolicy\":{\"rules\":\"r\",\"requiresGroupAgreement\":true}}",
            "$.decisionRule", "not a valid decision rule name");
    }
}
