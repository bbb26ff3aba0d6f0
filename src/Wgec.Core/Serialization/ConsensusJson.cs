using System.Collections.Generic;
using System.Text.Json.Serialization;
using Wgec.Core.Consensus;
using Wgec.Core.Serialization.Consensus;

namespace Wgec.Core.Serialization;

/// <summary>Registers the JSON converters of the consensus types.</summary>
public static partial class WgecJsonSerializerOptionsExtensions
{
    static partial void AddConsensusConverters(IList<JsonConverter> converters)
    {
        AddEnum<PositionKind>(converters);
        AddEnum<ObjectionDisposition>(converters);
        AddEnum<OutcomeKind>(converters);
        AddEnum<FindingKind>(converters);
        converters.Add(new DtoConverter<RuleDescriptor, RuleDescriptorDto>(ConsensusMapping.ToDto, ConsensusMapping.FromDto));
        AddRule<UnConsensusRule>(converters);
        AddRule<MultiStakeholderConsensusRule>(converters);
        AddRule<RoughConsensusRule>(converters);
        AddRule<GroupAwareConsensusRule>(converters);
        AddRule<QualifiedMajorityRule>(converters);
        AddRule<AllOfRule>(converters);
        AddRule<AnyOfRule>(converters);
        converters.Add(new DtoConverter<Position, PositionDto>(ConsensusMapping.ToDto, ConsensusMapping.FromDto));
        converters.Add(new DtoConverter<Reading, ReadingDto>(ConsensusMapping.ToDto, ConsensusMapping.FromDto));
        converters.Add(new DtoConverter<RosterEntry, RosterEntryDto>(ConsensusMapping.ToDto, ConsensusMapping.FromDto));
        converters.Add(new DtoConverter<Roster, RosterDto>(ConsensusMapping.ToDto, ConsensusMapping.FromDto));
        converters.Add(new DtoConverter<DispositionRecord, DispositionRecordDto>(ConsensusMapping.ToDto, ConsensusMapping.FromDto));
        converters.Add(new DtoConverter<ObjectionRecord, ObjectionRecordDto>(ConsensusMapping.ToDto, ConsensusMapping.FromDto));
        converters.Add(new DtoConverter<ObjectionLedger, ObjectionLedgerDto>(ConsensusMapping.ToDto, ConsensusMapping.FromDto));
        converters.Add(new DtoConverter<Finding, FindingDto>(ConsensusMapping.ToDto, ConsensusMapping.FromDto));
        converters.Add(new DtoConverter<ConsensusOutcome, ConsensusOutcomeDto>(ConsensusMapping.ToDto, ConsensusMapping.FromDto));
        converters.Add(new DtoConverter<RecommendationPackage, RecommendationPackageDto>(ConsensusMapping.ToDto, ConsensusMapping.FromDto));
        converters.Add(new DtoConverter<ConditionalAgreement, ConditionalAgreementDto>(ConsensusMapping.ToDto, ConsensusMapping.FromDto));
        converters.Add(new DtoConverter<AgreementStructure, AgreementStructureDto>(ConsensusMapping.ToDto, ConsensusMapping.FromDto));
        converters.Add(new DtoConverter<ConsensusContext, ConsensusContextDto>(ConsensusMapping.ToDto, ConsensusMapping.FromDto));
    }

    private static void AddRule<TRule>(IList<JsonConverter> converters)
        where TRule : class, IConsensusRule =>
        converters.Add(new DtoConverter<TRule, RuleDescriptorDto>(r => ConsensusMapping.ToDto(r.Descriptor), ConsensusMapping.RuleFromDto<TRule>));
}
