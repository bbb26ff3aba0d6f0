using System.Collections.Generic;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.QuestionCompilation"/>. Property order is the JSON order.</summary>
internal sealed class QuestionCompilationDto
{
    public required QuestionDto Question { get; set; }

    public required List<AttributedAnswerDto> Answers { get; set; }

    public required int UnansweredCount { get; set; }
}
