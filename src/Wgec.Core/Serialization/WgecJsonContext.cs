using System.Text.Json.Serialization;

namespace Wgec.Core.Serialization;

/// <summary>
/// The one source-generated context of Wgec.Core. It holds metadata for the transfer objects
/// (DTOs) that the JSON format is made of; domain types map to and from them, so validation is
/// never bypassed. List each domain type that has a <see cref="DtoConverter{TDomain, TDto}"/> and
/// its DTO (the generated metadata defers to the registered converter); nested DTOs are discovered.
/// </summary>
/// <remarks>
/// Never use <see cref="Default"/> directly: it lacks the NodaTime and domain converters. Resolve
/// through options made by <see cref="WgecJsonSerializerOptionsExtensions.ConfigureForWgec"/>.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(NodaTime.LocalDate))]
[JsonSerializable(typeof(NodaTime.LocalDateTime))]
[JsonSerializable(typeof(NodaTime.Instant))]
[JsonSerializable(typeof(NodaTime.ZonedDateTime))]
[JsonSerializable(typeof(NodaTime.DateInterval))]
[JsonSerializable(typeof(Identifiers.ParticipantId))]
[JsonSerializable(typeof(Identifiers.RespondentId))]
[JsonSerializable(typeof(Identifiers.RecommendationId))]
[JsonSerializable(typeof(Identifiers.GroupKey))]
[JsonSerializable(typeof(Process.StakeholderGroup))]
[JsonSerializable(typeof(Process.Standing))]
[JsonSerializable(typeof(Common.SourceReferenceDto))]
[JsonSerializable(typeof(Identifiers.SourceReference))]
[JsonSerializable(typeof(Wgec.Core.Consensus.RuleDescriptor))]
[JsonSerializable(typeof(Consensus.RuleDescriptorDto))]
[JsonSerializable(typeof(Wgec.Core.Consensus.UnConsensusRule))]
[JsonSerializable(typeof(Wgec.Core.Consensus.MultiStakeholderConsensusRule))]
[JsonSerializable(typeof(Wgec.Core.Consensus.RoughConsensusRule))]
[JsonSerializable(typeof(Wgec.Core.Consensus.GroupAwareConsensusRule))]
[JsonSerializable(typeof(Wgec.Core.Consensus.QualifiedMajorityRule))]
[JsonSerializable(typeof(Wgec.Core.Consensus.AllOfRule))]
[JsonSerializable(typeof(Wgec.Core.Consensus.AnyOfRule))]
[JsonSerializable(typeof(Wgec.Core.Consensus.Position))]
[JsonSerializable(typeof(Consensus.PositionDto))]
[JsonSerializable(typeof(Wgec.Core.Consensus.Reading))]
[JsonSerializable(typeof(Consensus.ReadingDto))]
[JsonSerializable(typeof(Wgec.Core.Consensus.RosterEntry))]
[JsonSerializable(typeof(Consensus.RosterEntryDto))]
[JsonSerializable(typeof(Wgec.Core.Consensus.Roster))]
[JsonSerializable(typeof(Consensus.RosterDto))]
[JsonSerializable(typeof(Wgec.Core.Consensus.DispositionRecord))]
[JsonSerializable(typeof(Consensus.DispositionRecordDto))]
[JsonSerializable(typeof(Wgec.Core.Consensus.ObjectionRecord))]
[JsonSerializable(typeof(Consensus.ObjectionRecordDto))]
[JsonSerializable(typeof(Wgec.Core.Consensus.ObjectionLedger))]
[JsonSerializable(typeof(Consensus.ObjectionLedgerDto))]
[JsonSerializable(typeof(Wgec.Core.Consensus.Finding))]
[JsonSerializable(typeof(Consensus.FindingDto))]
[JsonSerializable(typeof(Wgec.Core.Consensus.ConsensusOutcome))]
[JsonSerializable(typeof(Consensus.ConsensusOutcomeDto))]
[JsonSerializable(typeof(Wgec.Core.Consensus.RecommendationPackage))]
[JsonSerializable(typeof(Consensus.RecommendationPackageDto))]
[JsonSerializable(typeof(Wgec.Core.Consensus.ConditionalAgreement))]
[JsonSerializable(typeof(Consensus.ConditionalAgreementDto))]
[JsonSerializable(typeof(Wgec.Core.Consensus.PositionKind))]
[JsonSerializable(typeof(Wgec.Core.Consensus.ObjectionDisposition))]
[JsonSerializable(typeof(Wgec.Core.Consensus.OutcomeKind))]
[JsonSerializable(typeof(Wgec.Core.Consensus.FindingKind))]
[JsonSerializable(typeof(Wgec.Core.Recommendations.LifecycleEvent))]
[JsonSerializable(typeof(Wgec.Core.Serialization.Recommendations.LifecycleEventDto))]
[JsonSerializable(typeof(Wgec.Core.Recommendations.RecommendationHistory))]
[JsonSerializable(typeof(Wgec.Core.Serialization.Recommendations.RecommendationHistoryDto))]
[JsonSerializable(typeof(Wgec.Core.Recommendations.RecommendationVersion))]
[JsonSerializable(typeof(Wgec.Core.Serialization.Recommendations.RecommendationVersionDto))]
[JsonSerializable(typeof(Wgec.Core.Recommendations.Recommendation))]
[JsonSerializable(typeof(Wgec.Core.Serialization.Recommendations.RecommendationDto))]
[JsonSerializable(typeof(Wgec.Core.Recommendations.DivergenceAxis))]
[JsonSerializable(typeof(Wgec.Core.Serialization.Recommendations.DivergenceAxisDto))]
[JsonSerializable(typeof(Wgec.Core.Recommendations.AxisPlacement))]
[JsonSerializable(typeof(Wgec.Core.Serialization.Recommendations.AxisPlacementDto))]
[JsonSerializable(typeof(Wgec.Core.Recommendations.Opinion))]
[JsonSerializable(typeof(Wgec.Core.Serialization.Recommendations.OpinionDto))]
[JsonSerializable(typeof(Wgec.Core.Reporting.ReportSection))]
[JsonSerializable(typeof(Wgec.Core.Serialization.Recommendations.ReportSectionDto))]
[JsonSerializable(typeof(Wgec.Core.Reporting.ReportOutline))]
[JsonSerializable(typeof(Wgec.Core.Serialization.Recommendations.ReportOutlineDto))]
[JsonSerializable(typeof(Wgec.Core.Reporting.ReportGroup))]
[JsonSerializable(typeof(Wgec.Core.Serialization.Recommendations.ReportGroupDto))]
[JsonSerializable(typeof(Wgec.Core.Recommendations.RecommendationState))]
[JsonSerializable(typeof(Wgec.Core.Recommendations.LifecycleEventKind))]
[JsonSerializable(typeof(Wgec.Core.Recommendations.OpinionSource))]
[JsonSerializable(typeof(Wgec.Core.Consensus.AgreementStructure))]
[JsonSerializable(typeof(Consensus.AgreementStructureDto))]
[JsonSerializable(typeof(Wgec.Core.Consensus.ConsensusContext))]
[JsonSerializable(typeof(Consensus.ConsensusContextDto))]
[JsonSerializable(typeof(Wgec.Core.Recommendations.CriterionFinding))]
[JsonSerializable(typeof(Wgec.Core.Serialization.Recommendations.CriterionFindingDto))]
[JsonSerializable(typeof(Wgec.Core.Recommendations.ChairCriterion))]
internal sealed partial class WgecJsonContext : JsonSerializerContext
{
}
