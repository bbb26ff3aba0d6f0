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
[JsonSerializable(typeof(Identifiers.DocumentSymbol))]
[JsonSerializable(typeof(Identifiers.ParagraphReference))]
[JsonSerializable(typeof(Wgec.Core.Process.ReportingTarget))]
[JsonSerializable(typeof(ProcessDtos.ReportingTargetDto))]
[JsonSerializable(typeof(Wgec.Core.Process.Mandate))]
[JsonSerializable(typeof(ProcessDtos.MandateDto))]
[JsonSerializable(typeof(Wgec.Core.Process.Participant))]
[JsonSerializable(typeof(ProcessDtos.ParticipantDto))]
[JsonSerializable(typeof(Wgec.Core.Process.CompositionPolicy))]
[JsonSerializable(typeof(ProcessDtos.CompositionPolicyDto))]
[JsonSerializable(typeof(Wgec.Core.Process.Composition))]
[JsonSerializable(typeof(ProcessDtos.CompositionDto))]
[JsonSerializable(typeof(Wgec.Core.Process.ObserverPolicy))]
[JsonSerializable(typeof(ProcessDtos.ObserverPolicyDto))]
[JsonSerializable(typeof(Wgec.Core.Process.Modalities))]
[JsonSerializable(typeof(ProcessDtos.ModalitiesDto))]
[JsonSerializable(typeof(Wgec.Core.Process.ObserverAdmission))]
[JsonSerializable(typeof(ProcessDtos.ObserverAdmissionDto))]
[JsonSerializable(typeof(Wgec.Core.Process.WorkingGroup))]
[JsonSerializable(typeof(ProcessDtos.WorkingGroupDto))]
[JsonSerializable(typeof(Wgec.Core.Process.MandateTask))]
[JsonSerializable(typeof(Wgec.Core.Process.ParticipantKind))]
[JsonSerializable(typeof(Wgec.Core.Process.InformationSharingChannel))]
[JsonSerializable(typeof(Wgec.Core.Meetings.Session))]
[JsonSerializable(typeof(Meetings.SessionDto))]
[JsonSerializable(typeof(Wgec.Core.Meetings.Venue))]
[JsonSerializable(typeof(Meetings.VenueDto))]
[JsonSerializable(typeof(Wgec.Core.Meetings.AgendaItem))]
[JsonSerializable(typeof(Meetings.AgendaItemDto))]
[JsonSerializable(typeof(Wgec.Core.Meetings.Decision))]
[JsonSerializable(typeof(Meetings.DecisionDto))]
[JsonSerializable(typeof(Wgec.Core.Meetings.BreakoutGroup))]
[JsonSerializable(typeof(Meetings.BreakoutGroupDto))]
[JsonSerializable(typeof(Wgec.Core.Meetings.Resource))]
[JsonSerializable(typeof(Meetings.ResourceDto))]
[JsonSerializable(typeof(Wgec.Core.Meetings.NextMeetingDecision))]
[JsonSerializable(typeof(Meetings.NextMeetingDecisionDto))]
[JsonSerializable(typeof(Wgec.Core.Meetings.ExternalEvent))]
[JsonSerializable(typeof(Meetings.ExternalEventDto))]
[JsonSerializable(typeof(Wgec.Core.Meetings.Meeting))]
[JsonSerializable(typeof(Meetings.MeetingDto))]
[JsonSerializable(typeof(Wgec.Core.Meetings.TimelineEvent))]
[JsonSerializable(typeof(Meetings.TimelineEventDto))]
[JsonSerializable(typeof(Wgec.Core.Meetings.Timeline))]
[JsonSerializable(typeof(Meetings.TimelineDto))]
[JsonSerializable(typeof(Wgec.Core.Meetings.PartOfDay))]
[JsonSerializable(typeof(Wgec.Core.Meetings.DecisionKind))]
[JsonSerializable(typeof(Wgec.Core.Meetings.TimelineEventKind))]
internal sealed partial class WgecJsonContext : JsonSerializerContext
{
}
