using System.Collections.Generic;
using NodaTime;
using Wgec.Core.Meetings;

namespace Wgec.Core.Serialization.Meetings;

/// <summary>JSON shape of <see cref="Wgec.Core.Meetings.Session"/>. Property order is the JSON order.</summary>
internal sealed class SessionDto
{
    public required LocalDate Date { get; set; }

    public required PartOfDay Part { get; set; }
}
