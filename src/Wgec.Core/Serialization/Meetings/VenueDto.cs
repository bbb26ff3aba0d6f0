using System.Collections.Generic;

namespace Wgec.Core.Serialization.Meetings;

/// <summary>JSON shape of <see cref="Wgec.Core.Meetings.Venue"/>. Property order is the JSON order.</summary>
internal sealed class VenueDto
{
    public string? Room { get; set; }

    public string? Building { get; set; }

    public required string City { get; set; }

    public required string TimeZoneId { get; set; }
}
