using System.Collections.Generic;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.RespondentCompilation"/>. Property order is the JSON order.</summary>
internal sealed class RespondentCompilationDto
{
    public required RespondentDto Respondent { get; set; }

    public required ResponseDto Response { get; set; }

    public required bool IsLate { get; set; }

    public required List<AnswerDto> Answers { get; set; }
}
