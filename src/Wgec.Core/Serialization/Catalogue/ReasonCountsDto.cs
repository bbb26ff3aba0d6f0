namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of a count per <see cref="Core.Catalogue.DiscardReason"/>. Property order is the JSON order.</summary>
internal sealed class ReasonCountsDto
{
    public required int Duplicate { get; set; }

    public required int OutOfScope { get; set; }

    public required int NotAPublicPolicyIssue { get; set; }
}
