using System.Collections.Generic;
using System.Text.Json.Serialization;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Serialization.ProcessDtos;

namespace Wgec.Core.Serialization;

/// <summary>Registers the JSON converters of the process area (document symbols, mandate, participants, modalities, working group).</summary>
public static partial class WgecJsonSerializerOptionsExtensions
{
    static partial void AddProcessConverters(IList<JsonConverter> converters)
    {
        converters.Add(new StringValueConverter<DocumentSymbol>(DocumentSymbol.TryParse, "UN document symbol"));
        converters.Add(new StringValueConverter<ParagraphReference>(ParagraphReference.TryParse, "paragraph reference"));
        AddEnum<MandateTask>(converters);
        AddEnum<ParticipantKind>(converters);
        AddEnum<InformationSharingChannel>(converters);
        converters.Add(new DtoConverter<ReportingTarget, ReportingTargetDto>(ProcessMapping.ToDto, ProcessMapping.FromDto));
        converters.Add(new DtoConverter<Mandate, MandateDto>(ProcessMapping.ToDto, ProcessMapping.FromDto));
        converters.Add(new DtoConverter<Participant, ParticipantDto>(ProcessMapping.ToDto, ProcessMapping.FromDto));
        converters.Add(new DtoConverter<CompositionPolicy, CompositionPolicyDto>(ProcessMapping.ToDto, ProcessMapping.FromDto));
        converters.Add(new DtoConverter<Composition, CompositionDto>(ProcessMapping.ToDto, ProcessMapping.FromDto));
        converters.Add(new DtoConverter<ObserverPolicy, ObserverPolicyDto>(ProcessMapping.ToDto, ProcessMapping.FromDto));
        converters.Add(new DtoConverter<Modalities, ModalitiesDto>(ProcessMapping.ToDto, ProcessMapping.FromDto));
        converters.Add(new DtoConverter<ObserverAdmission, ObserverAdmissionDto>(ProcessMapping.ToDto, ProcessMapping.FromDto));
        converters.Add(new DtoConverter<WorkingGroup, WorkingGroupDto>(ProcessMapping.ToDto, ProcessMapping.FromDto));
    }
}
