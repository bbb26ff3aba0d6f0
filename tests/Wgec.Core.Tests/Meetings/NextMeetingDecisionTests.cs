using NodaTime;
using Wgec.Core.Meetings;
using Wgec.Core.Tests.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Meetings;

public sealed class NextMeetingDecisionTests
{
    private static NextMeetingDecision Third() => new(3, new DateInterval(new LocalDate(2014, 2, 24), new LocalDate(2014, 2, 28)));

    [Fact]
    public void Constructor_NumberBelowOne_Throws()
    {
        var act = () => new NextMeetingDecision(0, Third().Dates);
        act.Should().Throw<System.ArgumentException>().WithParameterName("meetingNumber");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(Third(), Third(), new NextMeetingDecision(4, Third().Dates));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(Third());
    }
}
