using System.Collections.Generic;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.IssueTrace"/> (respondents and categories follow from the items). Property order is the JSON order.</summary>
internal sealed class IssueTraceDto
{
    public required CatalogueIssueDto Issue { get; set; }

    public required List<RawItemDto> Items { get; set; }
}
