namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of a count per <see cref="Core.Catalogue.ConsolidationOperationKind"/>. Property order is the JSON order.</summary>
internal sealed class KindCountsDto
{
    public required int Merge { get; set; }

    public required int Split { get; set; }

    public required int Keep { get; set; }

    public required int Discard { get; set; }
}
