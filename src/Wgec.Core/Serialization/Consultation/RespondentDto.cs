using Wgec.Core.Identifiers;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.Respondent"/>. Property order is the JSON order.</summary>
internal sealed class RespondentDto
{
    public required RespondentId Id { get; set; }

    public string? Name { get; set; }

    public string? Organisation { get; set; }

    public required RespondentCategoryDto Category { get; set; }
}
