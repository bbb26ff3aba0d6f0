using System.Collections.Generic;
using Wgec.Core.Serialization.Catalogue;
using Wgec.Core.Serialization.Consultation;
using Wgec.Core.Serialization.Meetings;
using Wgec.Core.Serialization.ProcessDtos;

namespace Wgec.Core.Serialization.Dossiers;

/// <summary>JSON shape of <see cref="Dossier"/>, the payload of the envelope. Property order is the JSON order.</summary>
internal sealed class DossierDto
{
    public required string Title { get; set; }

    public required WorkingGroupDto Process { get; set; }

    public ConsultationRecordDto? Consultation { get; set; }

    public IssueCatalogueDto? Catalogue { get; set; }

    public CorrespondenceGroupDto? CorrespondenceGroup { get; set; }

    public required DeliberationDto Deliberation { get; set; }

    public required List<TimelineEventDto> OtherEvents { get; set; }
}
