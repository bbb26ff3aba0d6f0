using System.Collections.Generic;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.CatalogueIssue"/>. Property order is the JSON order.</summary>
internal sealed class CatalogueIssueDto
{
    public required int Number { get; set; }

    public required string Title { get; set; }

    public required string Category { get; set; }

    public GroupKey? Grouping { get; set; }

    public required List<string> ActivitiesAndApproaches { get; set; }

    public required IssueStatus Status { get; set; }

    public required List<RawItemId> SourceItems { get; set; }
}
