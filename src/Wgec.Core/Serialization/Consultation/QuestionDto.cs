using System.Collections.Generic;
using Wgec.Core.Consultation;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.Question"/>. Property order is the JSON order.</summary>
internal sealed class QuestionDto
{
    public required int Number { get; set; }

    public required string Text { get; set; }

    public required QuestionKind Kind { get; set; }

    public required AnswerFormat Format { get; set; }

    public List<string>? Options { get; set; }

    public bool? IsTextDerived { get; set; }
}
