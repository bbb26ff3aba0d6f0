using System;
using System.Linq;
using Wgec.Core.Meetings;
using Wgec.Core.Serialization.ProcessDtos;

namespace Wgec.Core.Serialization.Meetings;

/// <summary>
/// Maps the meeting types to and from their DTOs: <c>ToDto</c> is total; <c>FromDto</c> maps
/// children first, records errors at JSON paths and builds through the public constructors.
/// Empty optional lists are written as absent members and read back as empty.
/// </summary>
internal static class MeetingsMapping
{
    public static SessionDto ToDto(Session value) => new() { Date = value.Date, Part = value.Part };

    public static Session? FromDto(SessionDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new Session(dto.Date, dto.Part));

    public static VenueDto ToDto(Venue value) => new()
    {
        Room = value.Room,
        Building = value.Building,
        City = value.City,
        TimeZoneId = value.TimeZoneId,
    };

    public static Venue? FromDto(VenueDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new Venue(dto.City, dto.TimeZoneId, dto.Building, dto.Room));

    public static AgendaItemDto ToDto(AgendaItem value) => new()
    {
        Number = value.Number,
        Title = value.Title,
        SubItems = value.SubItems.IsEmpty ? null : value.SubItems.Select(ToDto).ToList(),
    };

    public static AgendaItem? FromDto(AgendaItemDto dto, string path, ReadErrors errors)
    {
        var subItems = errors.MapAll(dto.SubItems ?? [], ReadErrors.Member(path, "subItems"), (d, p) => FromDto(d, p, errors));
        return subItems is null ? null : errors.Build(path, () => new AgendaItem(dto.Number, dto.Title, subItems.Value));
    }

    public static DecisionDto ToDto(Decision value) => new()
    {
        AgendaItem = value.AgendaItem,
        Kind = value.Kind,
        Text = value.Text,
        Sources = ProcessMapping.SourcesToDto(value.Sources),
    };

    public static Decision? FromDto(DecisionDto dto, string path, ReadErrors errors)
    {
        var sources = ProcessMapping.SourcesFromDto(dto.Sources, path, errors);
        return sources is null ? null : errors.Build(path, () => new Decision(dto.AgendaItem, dto.Kind, dto.Text, sources.Value));
    }

    public static BreakoutGroupDto ToDto(BreakoutGroup value) => new()
    {
        Lead = value.Lead,
        LeadId = value.LeadId,
        Task = value.Task,
        Output = value.Output,
    };

    public static BreakoutGroup? FromDto(BreakoutGroupDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new BreakoutGroup(dto.Lead, dto.Output, dto.LeadId, dto.Task));

    public static ResourceDto ToDto(Resource value) => new()
    {
        Title = value.Title,
        Symbol = value.Symbol,
        Address = value.Address?.AbsoluteUri,
        PageCount = value.PageCount,
        Sources = ProcessMapping.SourcesToDto(value.Sources),
    };

    public static Resource? FromDto(ResourceDto dto, string path, ReadErrors errors)
    {
        Uri? address = null;
        if (dto.Address is not null && !Uri.TryCreate(dto.Address, UriKind.Absolute, out address))
        {
            errors.Add(ReadErrors.Member(path, "address"), "invalid-address", $"'{dto.Address}' is not an absolute address.");
            return null;
        }

        var sources = ProcessMapping.SourcesFromDto(dto.Sources, path, errors);
        return sources is null ? null : errors.Build(path, () => new Resource(dto.Title, dto.Symbol, address, dto.PageCount, sources.Value));
    }

    public static NextMeetingDecisionDto ToDto(NextMeetingDecision value) => new()
    {
        MeetingNumber = value.MeetingNumber,
        Dates = value.Dates,
        Sources = ProcessMapping.SourcesToDto(value.Sources),
    };

    public static NextMeetingDecision? FromDto(NextMeetingDecisionDto dto, string path, ReadErrors errors)
    {
        var sources = ProcessMapping.SourcesFromDto(dto.Sources, path, errors);
        return sources is null ? null : errors.Build(path, () => new NextMeetingDecision(dto.MeetingNumber, dto.Dates, sources.Value));
    }

    public static ExternalEventDto ToDto(ExternalEvent value) => new()
    {
        Name = value.Name,
        Place = value.Place,
        Dates = value.Dates,
        Sources = ProcessMapping.SourcesToDto(value.Sources),
    };

    public static ExternalEvent? FromDto(ExternalEventDto dto, string path, ReadErrors errors)
    {
        var sources = ProcessMapping.SourcesFromDto(dto.Sources, path, errors);
        return sources is null ? null : errors.Build(path, () => new ExternalEvent(dto.Name, dto.Place, dto.Dates, sources.Value));
    }

    public static MeetingDto ToDto(Meeting value) => new()
    {
        Number = value.Number,
        Venue = ToDto(value.Venue),
        Sessions = value.Sessions.Select(ToDto).ToList(),
        Agenda = value.Agenda.IsEmpty ? null : value.Agenda.Select(ToDto).ToList(),
        Decisions = value.Decisions.IsEmpty ? null : value.Decisions.Select(ToDto).ToList(),
        BreakoutGroups = value.BreakoutGroups.IsEmpty ? null : value.BreakoutGroups.Select(ToDto).ToList(),
        Results = ProcessMapping.StringsToDto(value.Results),
        NextSteps = ProcessMapping.StringsToDto(value.NextSteps),
        Resources = value.Resources.IsEmpty ? null : value.Resources.Select(ToDto).ToList(),
        NextMeeting = value.NextMeeting is null ? null : ToDto(value.NextMeeting),
        RelatedEvents = value.RelatedEvents.IsEmpty ? null : value.RelatedEvents.Select(ToDto).ToList(),
        Sources = ProcessMapping.SourcesToDto(value.Sources),
    };

    public static Meeting? FromDto(MeetingDto dto, string path, ReadErrors errors)
    {
        var venue = FromDto(dto.Venue, ReadErrors.Member(path, "venue"), errors);
        var sessions = errors.MapAll(dto.Sessions, ReadErrors.Member(path, "sessions"), (d, p) => FromDto(d, p, errors));
        var agenda = errors.MapAll(dto.Agenda ?? [], ReadErrors.Member(path, "agenda"), (d, p) => FromDto(d, p, errors));
        var decisions = errors.MapAll(dto.Decisions ?? [], ReadErrors.Member(path, "decisions"), (d, p) => FromDto(d, p, errors));
        var breakouts = errors.MapAll(dto.BreakoutGroups ?? [], ReadErrors.Member(path, "breakoutGroups"), (d, p) => FromDto(d, p, errors));
        var resources = errors.MapAll(dto.Resources ?? [], ReadErrors.Member(path, "resources"), (d, p) => FromDto(d, p, errors));
        var next = dto.NextMeeting is null ? null : FromDto(dto.NextMeeting, ReadErrors.Member(path, "nextMeeting"), errors);
        var related = errors.MapAll(dto.RelatedEvents ?? [], ReadErrors.Member(path, "relatedEvents"), (d, p) => FromDto(d, p, errors));
        var sources = ProcessMapping.SourcesFromDto(dto.Sources, path, errors);
        if (venue is null || sessions is null || agenda is null || decisions is null || breakouts is null
            || resources is null || (dto.NextMeeting is not null && next is null) || related is null || sources is null)
        {
            return null;
        }

        return errors.Build(path, () => new Meeting(
            dto.Number, venue, sessions.Value, agenda.Value, decisions.Value, breakouts.Value,
            dto.Results ?? [], dto.NextSteps ?? [], resources.Value, next, related.Value, sources.Value));
    }

    public static TimelineEventDto ToDto(TimelineEvent value) => new()
    {
        Dates = value.Dates,
        Kind = value.Kind,
        Title = value.Title,
        Sources = ProcessMapping.SourcesToDto(value.Sources),
    };

    public static TimelineEvent? FromDto(TimelineEventDto dto, string path, ReadErrors errors)
    {
        var sources = ProcessMapping.SourcesFromDto(dto.Sources, path, errors);
        return sources is null ? null : errors.Build(path, () => new TimelineEvent(dto.Dates, dto.Kind, dto.Title, sources.Value));
    }

    public static TimelineDto ToDto(Timeline value) => new() { Events = value.Events.Select(ToDto).ToList() };

    public static Timeline? FromDto(TimelineDto dto, string path, ReadErrors errors)
    {
        var events = errors.MapAll(dto.Events, ReadErrors.Member(path, "events"), (d, p) => FromDto(d, p, errors));
        return events is null ? null : errors.Build(path, () => new Timeline(events.Value));
    }
}
