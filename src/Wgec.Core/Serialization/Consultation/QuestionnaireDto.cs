using System.Collections.Generic;
using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.Questionnaire"/>. Property order is the JSON order.</summary>
internal sealed class QuestionnaireDto
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public required bool IsOpenToAllStakeholders { get; set; }

    public required DeadlinePolicyDto Deadlines { get; set; }

    public required List<QuestionDto> Questions { get; set; }

    public List<SourceReferenceDto>? Sources { get; set; }
}
