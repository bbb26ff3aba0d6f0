using System.Collections.Generic;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.Answer"/>. Property order is the JSON order.</summary>
internal sealed class AnswerDto
{
    public required int QuestionNumber { get; set; }

    public string? Text { get; set; }

    public List<string>? Choices { get; set; }
}
