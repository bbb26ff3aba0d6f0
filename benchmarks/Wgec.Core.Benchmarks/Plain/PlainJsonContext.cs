using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Benchmarks.Plain;

/// <summary>Writes an enum as its camelCase name, like Wgec.Core does.</summary>
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}

/// <summary>
/// The source-generated STJ context for the plain DTOs: what a user would pick today. Same naming
/// (camelCase), nulls omitted, enums as camelCase strings; no validation beyond JSON syntax.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(CamelCaseEnumConverter<StakeholderGroup>), typeof(CamelCaseEnumConverter<Standing>),
        typeof(CamelCaseEnumConverter<ParticipantKind>),
        typeof(CamelCaseEnumConverter<PartOfDay>), typeof(CamelCaseEnumConverter<QuestionKind>),
        typeof(CamelCaseEnumConverter<AnswerFormat>), typeof(CamelCaseEnumConverter<EcosocStatus>),
        typeof(CamelCaseEnumConverter<IssueStatus>), typeof(CamelCaseEnumConverter<LifecycleEventKind>),
        typeof(CamelCaseEnumConverter<OutcomeKind>), typeof(CamelCaseEnumConverter<PositionKind>),
        typeof(CamelCaseEnumConverter<ConsolidationOperationKind>), typeof(CamelCaseEnumConverter<DiscardReason>),
    ])]
[JsonSerializable(typeof(PlainDossier))]
[JsonSerializable(typeof(PlainResponse))]
public sealed partial class PlainJsonContext : JsonSerializerContext;
