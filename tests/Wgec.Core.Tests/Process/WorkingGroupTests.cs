using System.Linq;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Process;

public sealed class WorkingGroupTests
{
    private static readonly Venue Geneva = new("Geneva", "Europe/Zurich");

    private static Meeting MeetingOn(int number, int year, int month, int day, BreakoutGroup? breakout = null) =>
        new(number, Geneva, [new Session(new LocalDate(year, month, day))], breakoutGroups: breakout is null ? [] : [breakout]);

    private static WorkingGroup Group(params Meeting[] meetings)
    {
        var reference = Wgec2013Process.Build();
        return new WorkingGroup("WG", reference.Mandate, reference.Composition, reference.Modalities, meetings, establishedOn: new LocalDate(2013, 3, 22));
    }

    private static Composition WithObserver()
    {
        var observer = new Participant(new ParticipantId("obs-1"), ParticipantKind.Organisation, StakeholderGroup.CivilSociety, Standing.Observer, "An NGO");
        return Wgec2013Process.Build().Composition.PlusParticipant(observer);
    }

    [Fact]
    public void Meetings_NotIncreasing_ThrowsNamingTheRule()
    {
        var act = () => Group(MeetingOn(2, 2013, 5, 30), MeetingOn(2, 2013, 11, 6));
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("meeting-numbering");
        ex.Message.Should().Contain("meeting 2 of the list is numbered 2; meetings must be numbered in increasing order, so it must be above 2");
        ex.Location.Should().Be("meetings[1].number");
    }

    [Fact]
    public void Meetings_WithAGapTheRecordLacks_AreHeld_AndFindMeetingFindsThemByNumber()
    {
        var group = Group(MeetingOn(1, 2013, 5, 30), MeetingOn(2, 2013, 11, 6), MeetingOn(4, 2014, 4, 30), MeetingOn(5, 2014, 9, 1));
        group.Meetings.Select(m => m.Number).Should().Equal(1, 2, 4, 5);
        group.FindMeeting(3).Should().BeNull();
        group.FindMeeting(4)!.Dates.Start.Should().Be(new LocalDate(2014, 4, 30));
        group.FindMeeting(5)!.Dates.Start.Should().Be(new LocalDate(2014, 9, 1));
        group.FindMeeting(6).Should().BeNull();
        group.FindMeeting(0).Should().BeNull();
        Group(MeetingOn(3, 2013, 5, 30)).FindMeeting(3)!.Number.Should().Be(3, "a record may lack the first meetings too");
    }

    [Fact]
    public void End_AtTheLastMeeting_IsKept_AndMayBeDatedAfterItsLastDay()
    {
        var end = new ProcessEnd(2, new LocalDate(2013, 11, 7), "No report was adopted.", [new SourceReference("A note")]);
        var group = Group(MeetingOn(1, 2013, 5, 30), MeetingOn(2, 2013, 11, 6));
        var ended = new WorkingGroup(group.Name, group.Mandate, group.Composition, group.Modalities, group.Meetings, establishedOn: group.EstablishedOn, end: end);
        ended.End.Should().Be(end);
        ended.WithComposition(group.Composition).End.Should().Be(end, "a copy keeps the end");
        ended.WithEnd(null).End.Should().BeNull();
    }

    [Theory]
    [InlineData(1, 2013, 11, 7, "end.finalMeeting", "ends with meeting 1, but its last meeting is meeting 2")]
    [InlineData(3, 2013, 11, 7, "end.finalMeeting", "ends with meeting 3, but its last meeting is meeting 2")]
    [InlineData(2, 2013, 11, 5, "end.endedOn", "ends on 2013-11-05, before its final meeting 2 starts on 2013-11-06")]
    public void End_NotAtTheLastMeetingOrBeforeIt_ThrowsNamingTheRule(int meeting, int year, int month, int day, string location, string message)
    {
        var group = Group(MeetingOn(1, 2013, 5, 30), MeetingOn(2, 2013, 11, 6));
        var act = () => new WorkingGroup(group.Name, group.Mandate, group.Composition, group.Modalities, group.Meetings, end: new ProcessEnd(meeting, new LocalDate(year, month, day), "Ended."));
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("end-meeting");
        ex.Location.Should().Be(location);
        ex.Message.Should().Contain(message);
    }

    [Fact]
    public void End_WithNoMeetings_ThrowsNamingTheRule()
    {
        var act = () => Group().WithEnd(new ProcessEnd(1, new LocalDate(2014, 1, 1), "Ended."));
        act.Should().Throw<DomainValidationException>().Which.Message.Should().Contain("the group has no meetings");
    }

    [Fact]
    public void Json_End_RoundTrips_AsTheLastMember()
    {
        var group = Group(MeetingOn(1, 2013, 5, 30)).WithEnd(new ProcessEnd(1, new LocalDate(2013, 5, 31), "No report was adopted."));
        var json = JsonAssert.RoundTrips(group);
        json.Should().EndWith("\"end\":{\"finalMeeting\":1,\"endedOn\":\"2013-05-31\",\"outcome\":\"No report was adopted.\"}}");
    }

    [Fact]
    public void Meetings_OutOfDateOrder_ThrowsNamingTheRule()
    {
        var act = () => Group(MeetingOn(1, 2013, 11, 6), MeetingOn(2, 2013, 5, 30));
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("meeting-order");
        ex.Message.Should().Contain("meeting 2 starts on 2013-05-30, not after meeting 1 ends on 2013-11-06");
    }

    [Fact]
    public void Meetings_OnTheSameDay_ThrowsMeetingOrder()
    {
        var act = () => Group(MeetingOn(1, 2013, 5, 30), MeetingOn(2, 2013, 5, 30));
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("meeting-order");
    }

    [Fact]
    public void EstablishedAfterFirstMeeting_ThrowsNamingTheRule()
    {
        var reference = Wgec2013Process.Build();
        var act = () => new WorkingGroup("WG", reference.Mandate, reference.Composition, reference.Modalities, [MeetingOn(1, 2013, 3, 1)], establishedOn: new LocalDate(2013, 3, 22));
        act.Should().Throw<DomainValidationException>().Which.Message.Should().Contain("established on 2013-03-22, after its first meeting starts on 2013-03-01");
    }

    [Fact]
    public void BreakoutLeadId_ThatDoesNotResolve_ThrowsNamingTheRule()
    {
        var act = () => Group(MeetingOn(1, 2013, 5, 30, new BreakoutGroup("Brazil", "questions", new ParticipantId("ms-brazil"))));
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("unresolved-reference");
        ex.Message.Should().Contain("the lead 'ms-brazil' of breakout group 1 of meeting 1 is not a participant");
        ex.Location.Should().Be("meetings[0].breakoutGroups[0].leadId");
    }

    [Fact]
    public void BreakoutLeadId_ThatResolves_IsAccepted()
    {
        Group(MeetingOn(1, 2013, 5, 30, new BreakoutGroup("Switzerland", "questions", new ParticipantId("ms-switzerland"))))
            .Meetings[0].BreakoutGroups[0].LeadId.Should().Be(new ParticipantId("ms-switzerland"));
    }

    [Fact]
    public void ObserverAdmission_OfUnknownParticipant_ThrowsNamingTheRule()
    {
        var act = () => Group(MeetingOn(1, 2013, 5, 30)).PlusObserverAdmission(new ObserverAdmission(new ParticipantId("nobody"), new LocalDate(2013, 5, 30), true, "ECOSOC rules"));
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("unresolved-reference");
        ex.Message.Should().Contain("observerAdmissions[0] is about 'nobody', who is not a participant");
    }

    [Fact]
    public void ObserverAdmission_OfAMember_ThrowsNamingTheRule()
    {
        var act = () => Group(MeetingOn(1, 2013, 5, 30)).PlusObserverAdmission(new ObserverAdmission(new ParticipantId("ms-tunisia"), new LocalDate(2013, 5, 30), true, "ECOSOC rules"));
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("not-an-observer");
        ex.Message.Should().Contain("whose standing is member, not observer");
    }

    [Fact]
    public void ObserverAdmission_AtUnknownMeeting_ThrowsNamingTheRule()
    {
        var group = Group(MeetingOn(1, 2013, 5, 30)).WithComposition(WithObserver());
        var act = () => group.PlusObserverAdmission(new ObserverAdmission(new ParticipantId("obs-1"), new LocalDate(2013, 5, 30), true, "ECOSOC rules", 2));
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("unresolved-reference");
        ex.Location.Should().Be("observerAdmissions[0].meetingNumber");
    }

    [Fact]
    public void ObserverAdmission_ThatResolves_IsKept()
    {
        var group = Group(MeetingOn(1, 2013, 5, 30)).WithComposition(WithObserver())
            .PlusObserverAdmission(new ObserverAdmission(new ParticipantId("obs-1"), new LocalDate(2013, 5, 30), true, "ECOSOC rules", 1));
        group.ObserverAdmissions.Should().ContainSingle();
        group.Participants.Single(p => p.Id == new ParticipantId("obs-1")).Decides.Should().BeFalse();
    }

    [Fact]
    public void PlusMeeting_AppendsAndChecks()
    {
        var group = Group(MeetingOn(1, 2013, 5, 30)).PlusMeeting(MeetingOn(2, 2013, 11, 6));
        group.Meetings.Select(m => m.Number).Should().Equal(1, 2);
        group.FindMeeting(2)!.Dates.Start.Should().Be(new LocalDate(2013, 11, 6));
        group.FindMeeting(3).Should().BeNull();
        var act = () => group.PlusMeeting(MeetingOn(2, 2014, 1, 1));
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("meeting-numbering");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        var group = Group(MeetingOn(1, 2013, 5, 30));
        EqualityAssert.Contract(Wgec2013Process.Build(), Wgec2013Process.Build(), group, group.WithEnd(new ProcessEnd(1, new LocalDate(2013, 5, 30), "Ended.")));
    }

    [Fact]
    public void Json_MeetingOutOfOrder_FailsWithPathAndRule()
    {
        var json = JsonAssert.RoundTrips(Group(MeetingOn(1, 2013, 5, 30), MeetingOn(2, 2013, 11, 6)))
            .Replace("\"number\":2", "\"number\":1", System.StringComparison.Ordinal);
        var error = JsonAssert.FailsToRead<WorkingGroup>(json, "$.meetings[1].number", "must be numbered in increasing order");
        error.Should().BeOfType<Wgec.Core.Serialization.WgecFormatException>().Which.Errors.Should().ContainSingle().Which.Rule.Should().Be("meeting-numbering");
    }

    [Fact]
    public void Json_WithObserverAdmission_RoundTrips()
    {
        var group = Group(MeetingOn(1, 2013, 5, 30)).WithComposition(WithObserver())
            .PlusObserverAdmission(new ObserverAdmission(new ParticipantId("obs-1"), new LocalDate(2013, 5, 30), true, "ECOSOC rules", 1));
        JsonAssert.RoundTrips(group).Should().Contain("\"observerAdmissions\":[{\"observer\":\"obs-1\"");
    }

    [Fact]
    public void Json_AdmissionOfAMember_FailsWithPathAndRule()
    {
        var group = Group(MeetingOn(1, 2013, 5, 30)).WithComposition(WithObserver())
            .PlusObserverAdmission(new ObserverAdmission(new ParticipantId("obs-1"), new LocalDate(2013, 5, 30), true, "ECOSOC rules", 1));
        var json = JsonAssert.RoundTrips(group).Replace("\"observer\":\"obs-1\"", "\"observer\":\"ms-tunisia\"", System.StringComparison.Ordinal);
        JsonAssert.FailsToRead<WorkingGroup>(json, "$.observerAdmissions[0].observer", "not observer");
    }
}
