using System.Collections.Generic;
using NodaTime;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Serialization.ProcessDtos;

/// <summary>JSON shape of <see cref="Wgec.Core.Process.ObserverAdmission"/>. Property order is the JSON order.</summary>
internal sealed class ObserverAdmissionDto
{
    public required ParticipantId Observer { get; set; }

    public required LocalDate DecidedOn { get; set; }

    public required bool Admitted { get; set; }

    public required string Rules { get; set; }

    public int? MeetingNumber { get; set; }

    public List<Common.SourceReferenceDto>? Sources { get; set; }
}
