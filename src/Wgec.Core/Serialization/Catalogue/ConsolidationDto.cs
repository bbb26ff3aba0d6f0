using System.Collections.Generic;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.Consolidation"/>. Property order is the JSON order.</summary>
internal sealed class ConsolidationDto
{
    public required List<RawItemDto> RawItems { get; set; }

    public required List<ConsolidationOperationDto> Operations { get; set; }
}
