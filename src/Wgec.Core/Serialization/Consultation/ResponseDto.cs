using System.Collections.Generic;
using NodaTime;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.Response"/>. Property order is the JSON order.</summary>
internal sealed class ResponseDto
{
    public required RespondentId RespondentId { get; set; }

    public required Instant SubmittedAt { get; set; }

    public required string Language { get; set; }

    public required List<AnswerDto> Answers { get; set; }
}
