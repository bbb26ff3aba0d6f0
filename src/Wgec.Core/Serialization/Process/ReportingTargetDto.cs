using System.Collections.Generic;
using NodaTime;

namespace Wgec.Core.Serialization.ProcessDtos;

/// <summary>JSON shape of <see cref="Wgec.Core.Process.ReportingTarget"/>. Property order is the JSON order.</summary>
internal sealed class ReportingTargetDto
{
    public required string Body { get; set; }

    public required int SessionNumber { get; set; }

    public required DateInterval SessionDates { get; set; }

    public List<Common.SourceReferenceDto>? Sources { get; set; }
}
