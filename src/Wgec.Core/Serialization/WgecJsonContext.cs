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
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.RawItemId))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.ItemProvenance))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.ItemProvenanceDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.RawItem))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.RawItemDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.CategoryTaxonomy))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.CategoryTaxonomyDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.CatalogueIssue))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.CatalogueIssueDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.ConsolidationOperation))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.ConsolidationOperationDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.Consolidation))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.ConsolidationDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.DeclaredCounts))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.DeclaredCountsDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.IssueCatalogue))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.IssueCatalogueDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.IssueStatus))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.ConsolidationOperationKind))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.DiscardReason))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.MappingArea))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.MappingAreaDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.MechanismLink))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.MechanismLinkDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.Mechanism))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.MechanismDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.MappingExercise))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.MappingExerciseDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.MechanismType))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.Coverage))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.MappingTargetKind))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.Coordinator))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.CoordinatorDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.Milestone))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.MilestoneDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.Contribution))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.ContributionDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.CorrespondenceGroup))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.CorrespondenceGroupDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.CoordinatorRole))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.MilestoneKind))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.ConsolidationReport))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.ConsolidationReportDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.IssueTrace))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.IssueTraceDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.DeclaredCountComparison))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.DeclaredCountComparisonDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.Gap))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.GapDto))]
[JsonSerializable(typeof(global::Wgec.Core.Catalogue.GapReport))]
[JsonSerializable(typeof(global::Wgec.Core.Serialization.Catalogue.GapReportDto))]
internal sealed partial class WgecJsonContext : JsonSerializerContext
{
}
