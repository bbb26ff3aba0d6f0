using System.Collections.Generic;

namespace Wgec.Core.Serialization.Meetings;

/// <summary>JSON shape of <see cref="Wgec.Core.Meetings.Timeline"/>. Property order is the JSON order.</summary>
internal sealed class TimelineDto
{
    public required List<TimelineEventDto> Events { get; set; }
}
