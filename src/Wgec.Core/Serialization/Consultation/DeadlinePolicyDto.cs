using System.Collections.Generic;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.DeadlinePolicy"/>. Property order is the JSON order.</summary>
internal sealed class DeadlinePolicyDto
{
    public required string TimeZoneId { get; set; }

    public required DeadlineDto Original { get; set; }

    public List<DeadlineDto>? Extensions { get; set; }
}
