using NodaTime;
using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.Deadline"/>. Property order is the JSON order.</summary>
internal sealed class DeadlineDto
{
    public required LocalDate Date { get; set; }

    public required string Decision { get; set; }

    public SourceReferenceDto? Source { get; set; }
}
