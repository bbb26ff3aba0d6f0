using System.Collections.Generic;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.CategoryDistribution"/>. Property order is the JSON order.</summary>
internal sealed class CategoryDistributionDto
{
    public required int Total { get; set; }

    public required bool IsDeclared { get; set; }

    public required List<CategoryShareDto> Shares { get; set; }
}
