using System.Collections.Generic;
using NodaTime;
using Wgec.Core.Meetings;

namespace Wgec.Core.Serialization.Meetings;

/// <summary>JSON shape of <see cref="Wgec.Core.Meetings.TimelineEvent"/>. Property order is the JSON order.</summary>
internal sealed class TimelineEventDto
{
    public required DateInterval Dates { get; set; }

    public required TimelineEventKind Kind { get; set; }

    public required string Title { get; set; }

    public List<Common.SourceReferenceDto>? Sources { get; set; }
}
