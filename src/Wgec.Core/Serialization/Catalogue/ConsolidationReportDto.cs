namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.ConsolidationReport"/>. Property order is the JSON order.</summary>
internal sealed class ConsolidationReportDto
{
    public required int ItemsIn { get; set; }

    public required int ItemsUnaccounted { get; set; }

    public required int IssuesOut { get; set; }

    public required KindCountsDto OperationsByKind { get; set; }

    public required KindCountsDto ItemsByKind { get; set; }

    public required KindCountsDto IssuesByKind { get; set; }

    public required ReasonCountsDto DiscardedByReason { get; set; }
}
