using System.Collections.Generic;
using NodaTime;

namespace Wgec.Core.Serialization.Meetings;

/// <summary>JSON shape of <see cref="Wgec.Core.Meetings.ExternalEvent"/>. Property order is the JSON order.</summary>
internal sealed class ExternalEventDto
{
    public required string Name { get; set; }

    public string? Place { get; set; }

    public DateInterval? Dates { get; set; }

    public List<Common.SourceReferenceDto>? Sources { get; set; }
}
