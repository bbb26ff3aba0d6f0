using System.Collections.Generic;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.CountMatrix"/>. Property order is the JSON order.</summary>
internal sealed class CountMatrixDto
{
    public required int QuestionCount { get; set; }

    public required List<CountCellDto> Cells { get; set; }
}
