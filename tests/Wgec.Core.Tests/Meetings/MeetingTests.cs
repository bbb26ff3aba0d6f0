using System;
using System.Linq;
using NodaTime;
using Wgec.Core.Meetings;
using Wgec.Core.Tests.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Meetings;

public sealed class MeetingTests
{
    private static readonly Venue Geneva = new("Geneva", "Europe/Zurich", "Conference Centre Varembé (CCV)");
    private static readonly LocalDate May30 = new(2013, 5, 30);

    private static Session[] FirstMeetingSessions() => [new Session(May30, PartOfDay.Afternoon), new Session(May30.PlusDays(1))];

    private static Meeting Create(params Session[] sessions) => new(
        1,
        Geneva,
        sessions.Length == 0 ? FirstMeetingSessions() : sessions,
        agenda: [new AgendaItem("1", "Procedure", [new AgendaItem("1.1", "Modalities")]), new AgendaItem("2", "Questionnaire")],
        decisions: [new Decision("1.1", DecisionKind.Procedural, "Meetings are streamed and transcribed.")],
        breakoutGroups: [new BreakoutGroup("Brazil", "Categories and questions")],
        results: ["A draft questionnaire"],
        nextSteps: ["Send the questionnaire"],
        resources: [new Resource("Analysis of the responses", pageCount: 25)],
        nextMeeting: new NextMeetingDecision(2, new DateInterval(new LocalDate(2013, 11, 6), new LocalDate(2013, 11, 8))),
        relatedEvents: [new ExternalEvent("NetMundial", "São Paulo")]);

    [Fact]
    public void Dates_RunFromFirstToLastSession()
    {
        var meeting = Create();
        meeting.Dates.Start.Should().Be(May30);
        meeting.Dates.End.Should().Be(new LocalDate(2013, 5, 31));
        meeting.FindAgendaItem("1.1")!.Title.Should().Be("Modalities");
        meeting.AllAgendaItems().Select(i => i.Number).Should().Equal("1", "1.1", "2");
    }

    [Fact]
    public void Sessions_Empty_ThrowsNamingTheRule()
    {
        var act = () => new Meeting(1, Geneva, []);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("no-sessions");
    }

    [Fact]
    public void Sessions_OutOfOrder_ThrowsNamingTheRule()
    {
        var act = () => Create(new Session(May30.PlusDays(1)), new Session(May30, PartOfDay.Afternoon));
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("sessions-order");
        ex.Message.Should().Contain("session 2 (2013-05-30 afternoon) comes before session 1 (2013-05-31 whole day); sessions must be chronological");
        ex.Location.Should().Be("sessions[1]");
    }

    [Fact]
    public void Sessions_Overlapping_ThrowsNamingTheRule()
    {
        var act = () => Create(new Session(May30, PartOfDay.WholeDay), new Session(May30, PartOfDay.Afternoon));
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("sessions-overlap");
        ex.Message.Should().Contain("session 2 (2013-05-30 afternoon) overlaps session 1 (2013-05-30 whole day)");
    }

    [Fact]
    public void Sessions_MorningThenAfternoon_AreAccepted()
    {
        Create(new Session(May30, PartOfDay.Morning), new Session(May30, PartOfDay.Afternoon)).Sessions.Should().HaveCount(2);
    }

    [Fact]
    public void Agenda_RepeatedNumberInANestedItem_ThrowsNamingTheRule()
    {
        var act = () => new Meeting(1, Geneva, FirstMeetingSessions(), agenda: [new AgendaItem("1", "A", [new AgendaItem("2", "B")]), new AgendaItem("2", "C")]);
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("duplicate-agenda-number");
        ex.Message.Should().Contain("agenda number '2' is used twice");
        ex.Location.Should().Be("agenda[1].number");
    }

    [Fact]
    public void Decision_OnAMissingAgendaItem_ThrowsNamingTheRule()
    {
        var act = () => Create().PlusDecision(new Decision("7", DecisionKind.Substantive, "x"));
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("unknown-agenda-item");
        ex.Message.Should().Contain("decisions[1] refers to agenda item '7', which meeting 1's agenda does not have");
        ex.Location.Should().Be("decisions[1].agendaItem");
    }

    [Fact]
    public void NextMeeting_WithWrongNumber_ThrowsNamingTheRule()
    {
        var act = () => new Meeting(2, Geneva, [new Session(new LocalDate(2013, 11, 6))], nextMeeting: new NextMeetingDecision(4, new DateInterval(new LocalDate(2014, 2, 24), new LocalDate(2014, 2, 28))));
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("next-meeting-number");
        ex.Message.Should().Contain("meeting 2 decided on meeting 4; the next meeting must be number 3");
    }

    [Fact]
    public void NextMeeting_NotAfterThisOne_ThrowsNamingTheRule()
    {
        var act = () => new Meeting(1, Geneva, FirstMeetingSessions(), nextMeeting: new NextMeetingDecision(2, new DateInterval(May30, May30)));
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("next-meeting-date");
        ex.Message.Should().Contain("the next meeting must start after meeting 1 ends (2013-05-31), not on 2013-05-30");
    }

    [Fact]
    public void Number_BelowOne_Throws()
    {
        var act = () => new Meeting(0, Geneva, FirstMeetingSessions());
        act.Should().Throw<ArgumentException>().WithParameterName("number");
    }

    [Fact]
    public void BlankResult_ThrowsWithLocation()
    {
        var act = () => new Meeting(1, Geneva, FirstMeetingSessions(), results: ["ok", ""]);
        act.Should().Throw<DomainValidationException>().Which.Location.Should().Be("results[1]");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(Create(), Create(), new Meeting(1, Geneva, FirstMeetingSessions()), Create().PlusDecision(new Decision("2", DecisionKind.Substantive, "Adopted the questionnaire.")));
    }

    [Fact]
    public void Json_RoundTripsARealisticMeeting()
    {
        var json = JsonAssert.RoundTrips(Create());
        json.Should().Contain("\"subItems\":[{\"number\":\"1.1\",\"title\":\"Modalities\"}]").And.Contain("\"pageCount\":25");
        JsonAssert.RoundTrips(new Meeting(1, Geneva, FirstMeetingSessions())).Should().Be(
            "{\"number\":1,\"venue\":{\"building\":\"Conference Centre Varembé (CCV)\",\"city\":\"Geneva\",\"timeZoneId\":\"Europe/Zurich\"},"
            + "\"sessions\":[{\"date\":\"2013-05-30\",\"part\":\"afternoon\"},{\"date\":\"2013-05-31\",\"part\":\"wholeDay\"}]}");
    }

    [Fact]
    public void Json_DecisionOnAMissingAgendaItem_FailsWithPathAndRule()
    {
        var json = JsonAssert.RoundTrips(Create()).Replace("\"agendaItem\":\"1.1\"", "\"agendaItem\":\"9\"", StringComparison.Ordinal);
        var error = JsonAssert.FailsToRead<Meeting>(json, "$.decisions[0].agendaItem", "refers to agenda item '9'");
        error.Should().BeOfType<Wgec.Core.Serialization.WgecFormatException>().Which.Errors.Single().Rule.Should().Be("unknown-agenda-item");
    }

    [Fact]
    public void Json_OverlappingSessions_FailsWithPath()
    {
        JsonAssert.FailsToRead<Meeting>(
            "{\"number\":1,\"venue\":{\"city\":\"Geneva\",\"timeZoneId\":\"Europe/Zurich\"},\"sessions\":[{\"date\":\"2013-05-30\",\"part\":\"wholeDay\"},{\"date\":\"2013-05-30\",\"part\":\"morning\"}]}",
            "$.sessions[1]", "overlaps");
    }

    [Fact]
    public void Json_SeveralFaults_AreAllReported()
    {
        var json = "{\"number\":1,\"venue\":{\"city\":\"Geneva\",\"timeZoneId\":\"Nowhere\"},\"sessions\":[],\"resources\":[{\"title\":\"x\",\"pageCount\":0}]}";
        var error = JsonAssert.FailsToRead<Meeting>(json, "$.venue.timeZoneId", "$.resources[0].pageCount");
        error.Should().BeOfType<Wgec.Core.Serialization.WgecFormatException>().Which.Errors.Should().HaveCount(2);
    }
}
