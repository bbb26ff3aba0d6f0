using System;
using NodaTime;
using Wgec.Core.Consultation;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Consultation;

public sealed class DeadlinePolicyTests
{
    private static readonly Deadline Original = new(new LocalDate(2013, 8, 15), "original");
    private static readonly Deadline Extended = new(new LocalDate(2013, 9, 17), "extended");

    [Fact]
    public void InForce_IsTheLastExtension()
    {
        new DeadlinePolicy(DeadlinePolicy.GenevaTimeZoneId, Original).InForce.Should().Be(Original);
        new DeadlinePolicy(DeadlinePolicy.GenevaTimeZoneId, Original, [Extended]).InForce.Should().Be(Extended);
    }

    [Fact]
    public void IsLate_DeadlineDateMeansEndOfThatDayInGeneva()
    {
        var policy = new DeadlinePolicy(DeadlinePolicy.GenevaTimeZoneId, Original, [Extended]);

        // Geneva is on CEST (UTC+2) in September 2013: the day 17 Sep ends at 21:59:59Z.
        policy.LateFrom.Should().Be(Instant.FromUtc(2013, 9, 17, 22, 0));
        policy.IsLate(Instant.FromUtc(2013, 9, 17, 21, 59, 59)).Should().BeFalse();
        policy.IsLate(Instant.FromUtc(2013, 9, 17, 22, 0)).Should().BeTrue();
        policy.IsLate(Instant.FromUtc(2013, 8, 20, 12, 0)).Should().BeFalse("the extension is in force");
    }

    [Fact]
    public void IsLate_WithoutExtension_UsesOriginal()
    {
        var policy = new DeadlinePolicy(DeadlinePolicy.GenevaTimeZoneId, Original);
        policy.IsLate(Instant.FromUtc(2013, 8, 15, 21, 59)).Should().BeFalse();
        policy.IsLate(Instant.FromUtc(2013, 8, 20, 12, 0)).Should().BeTrue();
    }

    [Fact]
    public void Constructor_ExtensionNotLater_ThrowsWithLocation()
    {
        var act = () => new DeadlinePolicy(DeadlinePolicy.GenevaTimeZoneId, Original, [Extended, new Deadline(new LocalDate(2013, 9, 17), "again")]);
        var error = act.Should().Throw<DomainValidationException>().Which;
        error.Rule.Should().Be("extension-not-later");
        error.Location.Should().Be("extensions[1]");
    }

    [Fact]
    public void Constructor_UnknownZone_Throws()
    {
        var act = () => new DeadlinePolicy("Europe/Geneva", Original);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("unknown-time-zone");
    }

    [Fact]
    public void Deadline_BlankDecision_Throws()
    {
        var act = () => new Deadline(new LocalDate(2013, 8, 15), " ");
        act.Should().Throw<ArgumentException>().WithParameterName("decision");
    }

    [Fact]
    public void PlusExtension_AddsAndIsPure()
    {
        var policy = new DeadlinePolicy(DeadlinePolicy.GenevaTimeZoneId, Original);
        var extended = policy.PlusExtension(Extended);
        extended.Extensions.Should().Equal(Extended);
        policy.Extensions.Should().BeEmpty();
    }

    [Fact]
    public void Equality_IsByContent()
    {
        new DeadlinePolicy(DeadlinePolicy.GenevaTimeZoneId, Original, [Extended])
            .Should().Be(new DeadlinePolicy("Europe/Zurich", new Deadline(new LocalDate(2013, 8, 15), "original"), [new Deadline(new LocalDate(2013, 9, 17), "extended")]));
        new DeadlinePolicy(DeadlinePolicy.GenevaTimeZoneId, Original).Should().NotBe(new DeadlinePolicy("Europe/Paris", Original));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        var json = JsonAssert.RoundTrips(Wgec2013Consultation.Deadlines());
        json.Should().StartWith("{\"timeZoneId\":\"Europe/Zurich\",\"original\":{\"date\":\"2013-08-15\"");
        JsonAssert.RoundTrips(Original).Should().Be("{\"date\":\"2013-08-15\",\"decision\":\"original\"}");
        JsonAssert.RoundTrips(Wgec2013Consultation.Deadlines().InForce);
        JsonAssert.FailsToRead<Deadline>("{\"date\":\"2013-02-30\",\"decision\":\"x\"}");
        JsonAssert.FailsToRead<DeadlinePolicy>("{\"timeZoneId\":\"Mars/Olympus\",\"original\":{\"date\":\"2013-08-15\",\"decision\":\"o\"}}", "$.timeZoneId", "TZDB");
    }

    [Fact]
    public void Json_ExtensionNotLater_FailsWithPath()
    {
        JsonAssert.FailsToRead<DeadlinePolicy>(
            "{\"timeZoneId\":\"Europe/Zurich\",\"original\":{\"date\":\"2013-08-15\",\"decision\":\"o\"},\"extensions\":[{\"date\":\"2013-08-01\",\"decision\":\"e\"}]}",
            "$.extensions[0]",
            "must be later");
    }
}
