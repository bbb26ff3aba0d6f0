using System.Collections.Generic;
using NodaTime;

namespace Wgec.Core.Serialization.Meetings;

/// <summary>JSON shape of <see cref="Wgec.Core.Meetings.NextMeetingDecision"/>. Property order is the JSON order.</summary>
internal sealed class NextMeetingDecisionDto
{
    public required int MeetingNumber { get; set; }

    public required DateInterval Dates { get; set; }

    public List<Common.SourceReferenceDto>? Sources { get; set; }
}
