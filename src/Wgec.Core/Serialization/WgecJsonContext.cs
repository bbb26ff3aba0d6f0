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
[JsonSerializable(typeof(Core.Consultation.Question))]
[JsonSerializable(typeof(Consultation.QuestionDto))]
[JsonSerializable(typeof(Core.Consultation.Deadline))]
[JsonSerializable(typeof(Consultation.DeadlineDto))]
[JsonSerializable(typeof(Core.Consultation.DeadlinePolicy))]
[JsonSerializable(typeof(Consultation.DeadlinePolicyDto))]
[JsonSerializable(typeof(Core.Consultation.Questionnaire))]
[JsonSerializable(typeof(Consultation.QuestionnaireDto))]
[JsonSerializable(typeof(Core.Consultation.RespondentCategory))]
[JsonSerializable(typeof(Consultation.RespondentCategoryDto))]
[JsonSerializable(typeof(Core.Consultation.Respondent))]
[JsonSerializable(typeof(Consultation.RespondentDto))]
[JsonSerializable(typeof(Core.Consultation.Answer))]
[JsonSerializable(typeof(Consultation.AnswerDto))]
[JsonSerializable(typeof(Core.Consultation.Response))]
[JsonSerializable(typeof(Consultation.ResponseDto))]
[JsonSerializable(typeof(Core.Consultation.QuestionGroup))]
[JsonSerializable(typeof(Consultation.QuestionGroupDto))]
[JsonSerializable(typeof(Core.Consultation.DeclaredCount))]
[JsonSerializable(typeof(Consultation.DeclaredCountDto))]
[JsonSerializable(typeof(Core.Consultation.DeclaredFigures))]
[JsonSerializable(typeof(Consultation.DeclaredFiguresDto))]
[JsonSerializable(typeof(Core.Consultation.DataQualityFinding))]
[JsonSerializable(typeof(Consultation.DataQualityFindingDto))]
[JsonSerializable(typeof(Core.Consultation.ConsultationRecord))]
[JsonSerializable(typeof(Consultation.ConsultationRecordDto))]
[JsonSerializable(typeof(Core.Consultation.CountMatrix))]
[JsonSerializable(typeof(Consultation.CountMatrixDto))]
[JsonSerializable(typeof(Core.Consultation.CategoryDistribution))]
[JsonSerializable(typeof(Consultation.CategoryDistributionDto))]
[JsonSerializable(typeof(Core.Consultation.AttributedAnswer))]
[JsonSerializable(typeof(Consultation.AttributedAnswerDto))]
[JsonSerializable(typeof(Core.Consultation.RespondentCompilation))]
[JsonSerializable(typeof(Consultation.RespondentCompilationDto))]
[JsonSerializable(typeof(Core.Consultation.QuestionCompilation))]
[JsonSerializable(typeof(Consultation.QuestionCompilationDto))]
[JsonSerializable(typeof(Core.Consultation.GroupCompilation))]
[JsonSerializable(typeof(Consultation.GroupCompilationDto))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(Core.Consultation.CountCell))]
[JsonSerializable(typeof(Consultation.CountCellDto))]
[JsonSerializable(typeof(Core.Consultation.BadRecord))]
[JsonSerializable(typeof(Consultation.BadRecordDto))]
[JsonSerializable(typeof(Core.Consultation.ResponseFoldResult))]
[JsonSerializable(typeof(Consultation.ResponseFoldResultDto))]
internal sealed partial class WgecJsonContext : JsonSerializerContext
{
}
