using System.Collections.Generic;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.CategoryTaxonomy"/>. Property order is the JSON order.</summary>
internal sealed class CategoryTaxonomyDto
{
    public required string Name { get; set; }

    public required List<string> Categories { get; set; }
}
