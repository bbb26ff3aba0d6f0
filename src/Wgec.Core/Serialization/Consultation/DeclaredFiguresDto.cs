using System.Collections.Generic;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.DeclaredFigures"/>. Property order is the JSON order.</summary>
internal sealed class DeclaredFiguresDto
{
    public DeclaredCountDto? Total { get; set; }

    public List<DeclaredCountDto>? ByGroup { get; set; }
}
