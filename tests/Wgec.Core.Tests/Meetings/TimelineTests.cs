using System.Linq;
using CsCheck;
using NodaTime;
using Wgec.Core.Meetings;
using Wgec.Core.Tests.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Meetings;

public sealed class TimelineTests
{
    private static readonly LocalDate Day0 = new(2013, 5, 30);

    [Fact]
    public void Constructor_OrdersByStartEndKindTitle()
    {
        var a = new TimelineEvent(new DateInterval(Day0, Day0.PlusDays(2)), TimelineEventKind.Meeting, "b", null);
        var b = new TimelineEvent(Day0, TimelineEventKind.Meeting, "z", null);
        var c = new TimelineEvent(Day0, TimelineEventKind.Establishment, "z", null);
        var d = new TimelineEvent(Day0, TimelineEventKind.Establishment, "a", null);
        var e = new TimelineEvent(Day0.PlusDays(-1), TimelineEventKind.Other, "x", null);
        new Timeline([a, b, c, d, e]).Events.Should().Equal(e, d, c, b, a);
    }

    [Fact]
    public void Order_DoesNotDependOnInputOrder()
    {
        var events = Wgec2013Process.Timeline().Events;
        var expected = events.ToArray();
        Gen.Shuffle(expected.ToArray()).Sample(shuffled => new Timeline(shuffled).Events.SequenceEqual(expected), iter: 1000);
    }

    [Fact]
    public void PlusEvents_KeepsOrderAndLeavesTheOriginal()
    {
        var group = Wgec2013Process.Build();
        var timeline = Timeline.FromWorkingGroup(group);
        var extended = timeline.PlusEvents(Wgec2013Process.OtherEvents());
        extended.Events.Should().HaveCount(timeline.Events.Length + 3);
        timeline.Events.Should().NotContain(e => e.Kind == TimelineEventKind.Deadline);
        extended.Events.Select(e => e.Start).Should().BeInAscendingOrder();
    }

    [Fact]
    public void FromWorkingGroup_IncludesDatedOutsideEventsAndTheMandateWhenDated()
    {
        var group = Wgec2013Process.Build();
        var meeting = group.Meetings[3];
        var igf = new ExternalEvent("9th IGF", "Istanbul", new DateInterval(new LocalDate(2014, 9, 2), new LocalDate(2014, 9, 5)));
        var dated = new Meeting(4, meeting.Venue, meeting.Sessions, relatedEvents: [igf]);
        var changed = new Wgec.Core.Process.WorkingGroup(group.Name, group.Mandate, group.Composition, group.Modalities, group.Meetings.SetItem(3, dated));
        var timeline = Timeline.FromWorkingGroup(changed);
        timeline.Events.Should().Contain(e => e.Kind == TimelineEventKind.ExternalEvent && e.Title == "9th IGF");
        timeline.Events.Should().NotContain(e => e.Kind == TimelineEventKind.Establishment);
        timeline.Events[^1].Title.Should().Be("9th IGF");
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(17, "17th")]
    [InlineData(21, "21st")]
    [InlineData(112, "112th")]
    public void Ordinal_IsEnglish(int number, string expected)
    {
        Timeline.Ordinal(number).Should().Be(expected);
    }

    [Fact]
    public void TimelineEvent_BlankTitle_Throws()
    {
        var act = () => new TimelineEvent(Day0, TimelineEventKind.Other, "", null);
        act.Should().Throw<System.ArgumentException>().WithParameterName("title");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(Wgec2013Process.Timeline(), Wgec2013Process.Timeline(), Timeline.FromWorkingGroup(Wgec2013Process.Build()));
        var one = new TimelineEvent(Day0, TimelineEventKind.Deadline, "d", null);
        EqualityAssert.Contract(one, new TimelineEvent(new DateInterval(Day0, Day0), TimelineEventKind.Deadline, "d", []), new TimelineEvent(Day0, TimelineEventKind.Other, "d", null));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(new TimelineEvent(Day0, TimelineEventKind.Deadline, "Extended deadline", [Wgec2013Process.ChairsReport]))
            .Should().Contain("\"kind\":\"deadline\"");
        JsonAssert.RoundTrips(Wgec2013Process.Timeline());
    }
}
