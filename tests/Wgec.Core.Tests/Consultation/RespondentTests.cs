using System;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Consultation;

public sealed class RespondentTests
{
    [Fact]
    public void Anonymous_HasNoNameOrOrganisation_AndDisplaysItsId()
    {
        var respondent = new Respondent(new RespondentId("r05"), new RespondentCategory(StakeholderGroup.PrivateSector));
        respondent.IsAnonymous.Should().BeTrue();
        respondent.DisplayName.Should().Be("r05");
    }

    [Fact]
    public void Named_DisplaysNameThenOrganisation()
    {
        var category = new RespondentCategory(StakeholderGroup.CivilSociety);
        new Respondent(new RespondentId("a"), category, "Joy", "APC").DisplayName.Should().Be("Joy");
        new Respondent(new RespondentId("a"), category, organisation: "APC").DisplayName.Should().Be("APC");
        new Respondent(new RespondentId("a"), category, organisation: "APC").IsAnonymous.Should().BeFalse();
    }

    [Fact]
    public void Constructor_DefaultId_Throws()
    {
        var act = () => new Respondent(default, new RespondentCategory(StakeholderGroup.Governments));
        act.Should().Throw<DomainValidationException>().WithParameterName("id");
    }

    [Fact]
    public void Constructor_BlankName_Throws()
    {
        var act = () => new Respondent(new RespondentId("a"), new RespondentCategory(StakeholderGroup.Governments), " ");
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("blank-text");
    }

    [Fact]
    public void Category_KeepsAllFacets()
    {
        var category = new RespondentCategory(StakeholderGroup.CivilSociety, "NGO", "Africa", isFromDevelopingCountry: true, EcosocStatus.Special);
        category.SubType.Should().Be("NGO");
        category.Region.Should().Be("Africa");
        category.IsFromDevelopingCountry.Should().BeTrue();
        category.EcosocStatus.Should().Be(EcosocStatus.Special);
    }

    [Fact]
    public void Category_UndefinedGroup_Throws()
    {
        var act = () => new RespondentCategory((StakeholderGroup)42);
        act.Should().Throw<ArgumentException>().WithParameterName("group");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        new Respondent(new RespondentId("a"), new RespondentCategory(StakeholderGroup.Governments), "X")
            .Should().Be(new Respondent(new RespondentId("a"), new RespondentCategory(StakeholderGroup.Governments), "X"));
        new RespondentCategory(StakeholderGroup.Governments).Should().NotBe(new RespondentCategory(StakeholderGroup.Governments, isFromDevelopingCountry: true));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        foreach (var respondent in SampleConsultation.Respondents())
        {
            JsonAssert.RoundTrips(respondent);
        }

        JsonAssert.RoundTrips(new Respondent(new RespondentId("r05"), new RespondentCategory(StakeholderGroup.PrivateSector)))
            .Should().Be("{\"id\":\"r05\",\"category\":{\"group\":\"privateSector\"}}");
    }

    [Fact]
    public void Category_Json_RoundTrips()
    {
        JsonAssert.RoundTrips(new RespondentCategory(StakeholderGroup.CivilSociety, "NGO", "Africa", isFromDevelopingCountry: true, EcosocStatus.Special))
            .Should().Be("{\"group\":\"civilSociety\",\"subType\":\"NGO\",\"region\":\"Africa\",\"isFromDevelopingCountry\":true,\"ecosocStatus\":\"special\"}");
        JsonAssert.FailsToRead<RespondentCategory>("{\"group\":\"governments\",\"region\":\"\"}", "$.region");
    }

    [Fact]
    public void Json_InvalidRespondent_FailsWithPath()
    {
        JsonAssert.FailsToRead<Respondent>("{\"id\":\"r 1\",\"category\":{\"group\":\"governments\"}}", "respondent id");
        JsonAssert.FailsToRead<Respondent>("{\"id\":\"r1\",\"name\":\" \",\"category\":{\"group\":\"governments\"}}", "$.name");
        JsonAssert.FailsToRead<Respondent>("{\"id\":\"r1\",\"category\":{\"group\":\"aliens\"}}");
    }
}
