using System.Collections.Generic;
using Wgec.Core.Meetings;

namespace Wgec.Core.Serialization.Meetings;

/// <summary>JSON shape of <see cref="Wgec.Core.Meetings.Decision"/>. Property order is the JSON order.</summary>
internal sealed class DecisionDto
{
    public required string AgendaItem { get; set; }

    public required DecisionKind Kind { get; set; }

    public required string Text { get; set; }

    public List<Common.SourceReferenceDto>? Sources { get; set; }
}
