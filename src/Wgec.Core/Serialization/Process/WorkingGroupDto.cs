using System.Collections.Generic;
using NodaTime;

namespace Wgec.Core.Serialization.ProcessDtos;

/// <summary>JSON shape of <see cref="Wgec.Core.Process.WorkingGroup"/>. Property order is the JSON order.</summary>
internal sealed class WorkingGroupDto
{
    public required string Name { get; set; }

    public LocalDate? EstablishedOn { get; set; }

    public required MandateDto Mandate { get; set; }

    public required CompositionDto Composition { get; set; }

    public required ModalitiesDto Modalities { get; set; }

    public required List<Meetings.MeetingDto> Meetings { get; set; }

    public List<ObserverAdmissionDto>? ObserverAdmissions { get; set; }

    public List<Common.SourceReferenceDto>? Sources { get; set; }
}
