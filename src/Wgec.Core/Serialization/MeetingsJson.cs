using System.Collections.Generic;
using System.Text.Json.Serialization;
using Wgec.Core.Meetings;
using Wgec.Core.Serialization.Meetings;

namespace Wgec.Core.Serialization;

/// <summary>Registers the JSON converters of the meetings area (meetings, their parts, the timeline).</summary>
public static partial class WgecJsonSerializerOptionsExtensions
{
    static partial void AddMeetingConverters(IList<JsonConverter> converters)
    {
        AddEnum<PartOfDay>(converters);
        AddEnum<DecisionKind>(converters);
        AddEnum<TimelineEventKind>(converters);
        converters.Add(new DtoConverter<Session, SessionDto>(MeetingsMapping.ToDto, MeetingsMapping.FromDto));
        converters.Add(new DtoConverter<Venue, VenueDto>(MeetingsMapping.ToDto, MeetingsMapping.FromDto));
        converters.Add(new DtoConverter<AgendaItem, AgendaItemDto>(MeetingsMapping.ToDto, MeetingsMapping.FromDto));
        converters.Add(new DtoConverter<Decision, DecisionDto>(MeetingsMapping.ToDto, MeetingsMapping.FromDto));
        converters.Add(new DtoConverter<BreakoutGroup, BreakoutGroupDto>(MeetingsMapping.ToDto, MeetingsMapping.FromDto));
        converters.Add(new DtoConverter<Resource, ResourceDto>(MeetingsMapping.ToDto, MeetingsMapping.FromDto));
        converters.Add(new DtoConverter<NextMeetingDecision, NextMeetingDecisionDto>(MeetingsMapping.ToDto, MeetingsMapping.FromDto));
        converters.Add(new DtoConverter<ExternalEvent, ExternalEventDto>(MeetingsMapping.ToDto, MeetingsMapping.FromDto));
        converters.Add(new DtoConverter<Meeting, MeetingDto>(MeetingsMapping.ToDto, MeetingsMapping.FromDto));
        converters.Add(new DtoConverter<TimelineEvent, TimelineEventDto>(MeetingsMapping.ToDto, MeetingsMapping.FromDto));
        converters.Add(new DtoConverter<Timeline, TimelineDto>(MeetingsMapping.ToDto, MeetingsMapping.FromDto));
    }
}
