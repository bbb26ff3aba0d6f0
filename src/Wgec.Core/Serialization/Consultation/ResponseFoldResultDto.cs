using System.Collections.Generic;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.ResponseFoldResult"/>. Property order is the JSON order.</summary>
internal sealed class ResponseFoldResultDto
{
    public required CategoryDistributionDto Distribution { get; set; }

    public required CountMatrixDto Matrix { get; set; }

    public required int Folded { get; set; }

    public required int Superseded { get; set; }

    public required int Late { get; set; }

    public required List<BadRecordDto> BadRecords { get; set; }
}
