using System.Linq;
using System.Text.Json;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Serialization;

public sealed class WgecJsonOptionsTests
{
    [Fact]
    public void ConfigureForWgec_ReturnsTheSameOptions()
    {
        var options = new JsonSerializerOptions();
        options.ConfigureForWgec().Should().BeSameAs(options);
    }

    [Fact]
    public void ConfigureForWgec_SetsStrictReadingAndDepth()
    {
        var options = new JsonSerializerOptions().ConfigureForWgec();
        options.MaxDepth.Should().Be(WgecJsonSerializerOptionsExtensions.DefaultMaxDepth);
        options.UnmappedMemberHandling.Should().Be(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow);
        options.AllowDuplicateProperties.Should().BeFalse();
        options.RespectNullableAnnotations.Should().BeTrue();
        options.RespectRequiredConstructorParameters.Should().BeTrue();
    }

    [Fact]
    public void ConfigureForWgec_NullOptions_ThrowsNamingTheParameter()
    {
        var act = () => WgecJsonSerializerOptionsExtensions.ConfigureForWgec(null!);
        act.Should().Throw<System.ArgumentNullException>().WithParameterName("options");
    }

    [Fact]
    public void LocalDate_RoundTripsAsIsoDate_NotTheDefaultDate()
    {
        var json = JsonAssert.RoundTrips(new LocalDate(2013, 5, 30));
        json.Should().Be("\"2013-05-30\"");
    }

    [Fact]
    public void Instant_RoundTripsAsUtcIso8601()
    {
        var value = Instant.FromUtc(2013, 9, 17, 21, 59, 59);
        JsonAssert.RoundTrips(value).Should().Be("\"2013-09-17T21:59:59Z\"");
    }

    [Fact]
    public void Instant_RoundTripsInUtc()
    {
        JsonAssert.RoundTrips(Instant.FromUtc(2014, 5, 2, 17, 0)).Should().Be("\"2014-05-02T17:00:00Z\"");
    }

    [Fact]
    public void Ids_RoundTripAsPlainStrings()
    {
        JsonAssert.RoundTrips(new ParticipantId("chair.major")).Should().Be("\"chair.major\"");
        JsonAssert.RoundTrips(new RespondentId("r-069"));
        JsonAssert.RoundTrips(new RecommendationId("A.1"));
        JsonAssert.RoundTrips(new GroupKey("E"));
    }

    [Fact]
    public void Id_InvalidText_FailsToRead()
    {
        JsonAssert.FailsToRead<ParticipantId>("\"has space\"", "not a valid participant id");
    }

    [Fact]
    public void Enum_IsWrittenAsCamelCaseName()
    {
        JsonAssert.RoundTrips(StakeholderGroup.CivilSociety).Should().Be("\"civilSociety\"");
        JsonAssert.RoundTrips(Standing.SubgroupCoordinator).Should().Be("\"subgroupCoordinator\"");
    }

    [Theory]
    [InlineData("2")]
    [InlineData("\"2\"")]
    [InlineData("null")]
    [InlineData("true")]
    public void Enum_NonName_IsRejected_ListingTheNames(string json)
    {
        JsonAssert.FailsToRead<StakeholderGroup>(json, "governments", "civilSociety");
    }

    [Fact]
    public void Enum_UnknownName_IsRejected()
    {
        JsonAssert.FailsToRead<StakeholderGroup>("\"aliens\"", "'aliens' is not one of:", "privateSector");
    }

    [Theory]
    [InlineData("\"CivilSociety\"")]
    [InlineData("\"CIVILSOCIETY\"")]
    [InlineData("\"civilsociety\"")]
    [InlineData("\" civilSociety\"")]
    public void Enum_OtherSpellingOfAName_IsRejected_BecauseTheFormatIsCaseSensitive(string json)
    {
        JsonAssert.FailsToRead<StakeholderGroup>(json, "case-sensitive", "did you mean 'civilSociety'");
    }

    [Fact]
    public void Enum_UndefinedValue_CannotBeWritten()
    {
        var act = () => JsonSerializer.Serialize((StakeholderGroup)99, WgecJson.Options);
        act.Should().Throw<JsonException>().WithMessage("*99 is not a defined stakeholder group*");
    }

    [Fact]
    public void Enum_Names_AreTheCamelCaseNamesInDeclarationOrder()
    {
        WgecCodecs.Shapes.Single(s => s.Type == typeof(StakeholderGroup)).EnumNames.Should().Equal(
            "governments", "privateSector", "civilSociety", "technicalAndAcademic", "intergovernmentalAndInternational");
    }

    [Fact]
    public void Date_Invalid_IsRejected()
    {
        JsonAssert.FailsToRead<LocalDate>("\"2013-02-30\"");
    }

    [Fact]
    public void SharedOptions_AreReadOnly()
    {
        WgecJson.Options.IsReadOnly.Should().BeTrue();
        WgecJson.IndentedOptions.WriteIndented.Should().BeTrue();
    }
}
