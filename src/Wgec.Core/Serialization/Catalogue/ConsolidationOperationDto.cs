using System.Collections.Generic;
using Wgec.Core.Catalogue;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.ConsolidationOperation"/>. Property order is the JSON order.</summary>
internal sealed class ConsolidationOperationDto
{
    public required ConsolidationOperationKind Kind { get; set; }

    public required List<RawItemId> Items { get; set; }

    public required List<CatalogueIssueDto> Issues { get; set; }

    public DiscardReason? Reason { get; set; }

    public string? Note { get; set; }
}
