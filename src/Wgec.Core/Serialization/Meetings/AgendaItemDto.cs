using System.Collections.Generic;

namespace Wgec.Core.Serialization.Meetings;

/// <summary>JSON shape of <see cref="Wgec.Core.Meetings.AgendaItem"/>. Property order is the JSON order.</summary>
internal sealed class AgendaItemDto
{
    public required string Number { get; set; }

    public required string Title { get; set; }

    public List<AgendaItemDto>? SubItems { get; set; }
}
