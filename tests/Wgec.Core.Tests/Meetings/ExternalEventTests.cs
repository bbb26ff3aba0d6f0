using NodaTime;
using Wgec.Core.Meetings;
using Wgec.Core.Tests.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Meetings;

public sealed class ExternalEventTests
{
    [Fact]
    public void DatesAndPlace_AreOptional()
    {
        var netMundial = new ExternalEvent("NetMundial", "São Paulo");
        netMundial.Dates.Should().BeNull();
        netMundial.ToString().Should().Be("NetMundial, São Paulo");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        var dates = new DateInterval(new LocalDate(2014, 9, 2), new LocalDate(2014, 9, 5));
        EqualityAssert.Contract(new ExternalEvent("IGF", "Istanbul", dates), new ExternalEvent("IGF", "Istanbul", dates), new ExternalEvent("IGF", "Istanbul"), new ExternalEvent("IGF"));
    }

    [Fact]
    public void Json_RoundTripsWithReadableNonAsciiText()
    {
        JsonAssert.RoundTrips(new ExternalEvent("NetMundial", "São Paulo")).Should().Be("{\"name\":\"NetMundial\",\"place\":\"São Paulo\"}");
        JsonAssert.FailsToRead<ExternalEvent>("{\"name\":\"\"}", "$.name");
    }
}
