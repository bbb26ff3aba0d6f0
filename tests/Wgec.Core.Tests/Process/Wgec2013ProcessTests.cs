using System.Linq;
using NodaTime;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Process;

public sealed class Wgec2013ProcessTests
{
    [Fact]
    public void Build_HoldsTheMandateAndReportingTarget()
    {
        var group = Wgec2013Process.Build();
        group.Mandate.Resolution.ToString().Should().Be("A/RES/67/195");
        group.Mandate.AdoptionYear.Should().Be(2012);
        group.Mandate.ReportingTarget.SessionNumber.Should().Be(17);
        group.Mandate.ReportingTarget.SessionDates.Equals(new DateInterval(new LocalDate(2014, 5, 12), new LocalDate(2014, 5, 16))).Should().BeTrue();
        group.EstablishedOn.Should().Be(new LocalDate(2013, 3, 22));
    }

    [Fact]
    public void Build_NamesOnlyWhatTheRecordNames()
    {
        var group = Wgec2013Process.Build();
        group.Chair!.Name.Should().Be("Peter Major");
        group.Chair.Affiliation.Should().Be("Hungary");
        group.Participants.Where(p => p.IsNamed).Select(p => p.Name).Should().BeEquivalentTo("Peter Major", "Switzerland", "Tunisia", "CSTD secretariat");
        group.Composition.SeatHolders.Count(p => !p.IsNamed).Should().Be(40);
        group.Composition.FollowsPolicy.Should().BeTrue();
    }

    [Fact]
    public void Build_HoldsFourMeetingsInGeneva()
    {
        var meetings = Wgec2013Process.Build().Meetings;
        meetings.Select(m => m.Dates.ToString()).Should().Equal(
            "[2013-05-30, 2013-05-31]", "[2013-11-06, 2013-11-08]", "[2014-02-24, 2014-02-28]", "[2014-04-30, 2014-05-02]");
        meetings.Should().OnlyContain(m => m.Venue.TimeZone.Id == "Europe/Zurich");
        meetings[0].Sessions[0].Part.Should().Be(PartOfDay.Afternoon);
        meetings[0].BreakoutGroups.Select(b => b.Lead).Should().Equal("Brazil", "India");
        meetings[1].NextMeeting!.Dates.Equals(meetings[2].Dates).Should().BeTrue();
        meetings[1].Resources.Select(r => r.PageCount).Should().Contain([1000, 25]);
        meetings[2].Venue.Room.Should().Be("Room XXIV");
        meetings[3].RelatedEvents.Select(e => e.Place).Should().Contain(["São Paulo", "Istanbul"]);
    }

    [Fact]
    public void Timeline_IsInDateOrder()
    {
        var timeline = Wgec2013Process.Timeline();
        timeline.Events.Select(e => (e.Start, e.Kind)).Should().Equal(
            (new LocalDate(2013, 3, 22), TimelineEventKind.Establishment),
            (new LocalDate(2013, 5, 30), TimelineEventKind.Meeting),
            (new LocalDate(2013, 8, 15), TimelineEventKind.Deadline),
            (new LocalDate(2013, 9, 17), TimelineEventKind.Deadline),
            (new LocalDate(2013, 11, 6), TimelineEventKind.Meeting),
            (new LocalDate(2014, 2, 12), TimelineEventKind.SubgroupMilestone),
            (new LocalDate(2014, 2, 24), TimelineEventKind.Meeting),
            (new LocalDate(2014, 4, 30), TimelineEventKind.Meeting),
            (new LocalDate(2014, 5, 12), TimelineEventKind.Report));
        timeline.Events[1].Title.Should().Be("1st meeting, Geneva");
        timeline.Events[^1].Title.Should().Be("Report to the Commission on Science and Technology for Development (CSTD) at its 17th session");
    }

    [Fact]
    public void FactsFromThePublicRecord_CarryAddresses()
    {
        var group = Wgec2013Process.Build();
        group.Sources.Should().OnlyContain(s => s.Address != null);
        group.Meetings.Should().OnlyContain(m => m.Sources.Any(s => s.Address != null));
        group.Composition.Participants.Where(p => p.Standing == Standing.Member).Should().OnlyContain(p => p.Sources.Any(s => s.Address != null));
    }

    [Fact]
    public void Json_WorkingGroupAndTimeline_RoundTrip()
    {
        var json = JsonAssert.RoundTrips(Wgec2013Process.Build());
        json.Should().Contain("\"timeZoneId\":\"Europe/Zurich\"").And.Contain("\"part\":\"afternoon\"").And.Contain("São Paulo");
        JsonAssert.RoundTrips(Wgec2013Process.Timeline());
    }
}
