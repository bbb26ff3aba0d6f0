using System.Collections.Generic;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.IssueCatalogue"/>. Property order is the JSON order.</summary>
internal sealed class IssueCatalogueDto
{
    public required CategoryTaxonomyDto Taxonomy { get; set; }

    public required List<CatalogueIssueDto> Issues { get; set; }

    public ConsolidationDto? Consolidation { get; set; }

    public DeclaredCountsDto? Declared { get; set; }
}
