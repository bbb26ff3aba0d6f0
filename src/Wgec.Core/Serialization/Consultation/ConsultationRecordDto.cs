using System.Collections.Generic;
using Wgec.Core.Consultation;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.ConsultationRecord"/>. Property order is the JSON order.</summary>
internal sealed class ConsultationRecordDto
{
    public required QuestionnaireDto Questionnaire { get; set; }

    public UnknownReferencePolicy? UnknownReferences { get; set; }

    public required List<QuestionGroupDto> Groups { get; set; }

    public required List<RespondentDto> Respondents { get; set; }

    public required List<ResponseDto> Submissions { get; set; }

    public DeclaredFiguresDto? Declared { get; set; }
}
