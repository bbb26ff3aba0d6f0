using System.Collections.Generic;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.GroupCompilation"/>. Property order is the JSON order.</summary>
internal sealed class GroupCompilationDto
{
    public required QuestionGroupDto Group { get; set; }

    public required List<QuestionCompilationDto> Questions { get; set; }
}
