namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.DeclaredCountComparison"/> (the findings follow from the counts). Property order is the JSON order.</summary>
internal sealed class DeclaredCountComparisonDto
{
    public required DeclaredCountsDto Declared { get; set; }

    public required int RecordedItems { get; set; }

    public required int RecordedIssues { get; set; }
}
