using System.Collections.Generic;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Serialization.ProcessDtos;

/// <summary>JSON shape of <see cref="Wgec.Core.Process.Mandate"/>. Property order is the JSON order.</summary>
internal sealed class MandateDto
{
    public required DocumentSymbol Resolution { get; set; }

    public required int AdoptionYear { get; set; }

    public LocalDate? AdoptedOn { get; set; }

    public required string Summary { get; set; }

    public required List<MandateTask> Tasks { get; set; }

    public required ReportingTargetDto ReportingTarget { get; set; }

    public List<ParagraphReference>? ReferencedParagraphs { get; set; }

    public List<Common.SourceReferenceDto>? Sources { get; set; }
}
