using System.Collections.Generic;

namespace Wgec.Core.Serialization.Meetings;

/// <summary>JSON shape of <see cref="Wgec.Core.Meetings.Meeting"/>. Property order is the JSON order.</summary>
internal sealed class MeetingDto
{
    public required int Number { get; set; }

    public required VenueDto Venue { get; set; }

    public required List<SessionDto> Sessions { get; set; }

    public List<AgendaItemDto>? Agenda { get; set; }

    public List<DecisionDto>? Decisions { get; set; }

    public List<BreakoutGroupDto>? BreakoutGroups { get; set; }

    public List<string>? Results { get; set; }

    public List<string>? NextSteps { get; set; }

    public List<ResourceDto>? Resources { get; set; }

    public NextMeetingDecisionDto? NextMeeting { get; set; }

    public List<ExternalEventDto>? RelatedEvents { get; set; }

    public List<Common.SourceReferenceDto>? Sources { get; set; }
}
