namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.AttributedAnswer"/>. Property order is the JSON order.</summary>
internal sealed class AttributedAnswerDto
{
    public required RespondentDto Respondent { get; set; }

    public required AnswerDto Answer { get; set; }
}
