using System.Collections.Generic;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.GapReport"/>. Property order is the JSON order.</summary>
internal sealed class GapReportDto
{
    public required List<GapDto> Issues { get; set; }

    public required List<GapDto> Areas { get; set; }

    public required int IssuesAnalysed { get; set; }

    public required int AreasAnalysed { get; set; }
}
