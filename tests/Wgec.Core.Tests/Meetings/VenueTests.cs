using Wgec.Core.Meetings;
using Wgec.Core.Tests.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Meetings;

public sealed class VenueTests
{
    private static Venue PalaisRoomXxiv() => new("Geneva", "Europe/Zurich", "Palais des Nations", "Room XXIV");

    [Fact]
    public void Constructor_ResolvesTheTzdbZone()
    {
        var venue = PalaisRoomXxiv();
        venue.TimeZone.Id.Should().Be("Europe/Zurich");
        venue.ToString().Should().Be("Room XXIV, Palais des Nations, Geneva");
    }

    [Fact]
    public void Constructor_UnknownZone_ThrowsNamingTheRule()
    {
        var act = () => new Venue("Geneva", "Europe/Geneva");
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("timeZoneId").Which;
        ex.Rule.Should().Be("unknown-time-zone");
        ex.Message.Should().Contain("'Europe/Geneva' is not a TZDB time zone id");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(PalaisRoomXxiv(), PalaisRoomXxiv(), new Venue("Geneva", "Europe/Zurich", "Palais des Nations"), new Venue("Geneva", "Europe/Paris", "Palais des Nations", "Room XXIV"));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(PalaisRoomXxiv()).Should().Be("{\"room\":\"Room XXIV\",\"building\":\"Palais des Nations\",\"city\":\"Geneva\",\"timeZoneId\":\"Europe/Zurich\"}");
        JsonAssert.FailsToRead<Venue>("{\"city\":\"Geneva\",\"timeZoneId\":\"Mars/Olympus\"}", "$.timeZoneId", "not a TZDB time zone id");
    }
}
