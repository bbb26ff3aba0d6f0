namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.DataQualityFinding"/>. Property order is the JSON order.</summary>
internal sealed class DataQualityFindingDto
{
    public required string Code { get; set; }

    public required string Message { get; set; }

    public int? Declared { get; set; }

    public int? Computed { get; set; }
}
