using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Serialization;

/// <summary>
/// Opt-in JSON support for Wgec.Core, in the style of NodaTime's <c>ConfigureForNodaTime</c>:
/// <c>new JsonSerializerOptions(JsonSerializerDefaults.Strict).ConfigureForWgec()</c>.
/// </summary>
public static partial class WgecJsonSerializerOptionsExtensions
{
    /// <summary>The maximum nesting depth of a Wgec.Core document. Deeper input is rejected.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>
    /// Configures options to read and write Wgec.Core types: the source-generated metadata, the
    /// NodaTime converters (ISO formats, TZDB zone ids), the domain converters, camelCase names,
    /// and the strict reading rules of <c>JsonSerializerDefaults.Strict</c> (no unknown members,
    /// no duplicate properties, nullable annotations and required parameters respected).
    /// </summary>
    /// <param name="options">The options to configure; not yet used for serialization.</param>
    /// <returns>The same <paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only (already used).</exception>
    public static JsonSerializerOptions ConfigureForWgec(this JsonSerializerOptions options)
    {
        Guard.Against.Null(options);

        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.ReadCommentHandling = JsonCommentHandling.Disallow;
        options.AllowTrailingCommas = false;
        options.MaxDepth = DefaultMaxDepth;

        // Readable, deterministic text ("+02", "São Paulo"): only quotes, backslashes and control
        // characters are escaped. The JSON is data, never inlined into HTML by the library.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

        var converters = options.Converters;
        converters.Add(new StringValueConverter<ParticipantId>(ParticipantId.TryParse, "participant id"));
        converters.Add(new StringValueConverter<RespondentId>(RespondentId.TryParse, "respondent id"));
        converters.Add(new StringValueConverter<RecommendationId>(RecommendationId.TryParse, "recommendation id"));
        converters.Add(new StringValueConverter<GroupKey>(GroupKey.TryParse, "group key"));
        AddEnum<StakeholderGroup>(converters);
        AddEnum<Standing>(converters);

        AddCommonConverters(converters);
        AddProcessConverters(converters);
        AddMeetingConverters(converters);
        AddConsultationConverters(converters);
        AddCatalogueConverters(converters);
        AddRecommendationConverters(converters);
        AddConsensusConverters(converters);
        AddDossierConverters(converters);

        options.TypeInfoResolverChain.Insert(0, WgecJsonContext.Default);
        return options;
    }

    /// <summary>
    /// Enums are written as camelCase names and read only from a defined name, with its exact
    /// case: a number, an unknown name or another spelling is an error, never a silent
    /// out-of-range value.
    /// </summary>
    internal static void AddEnum<TEnum>(IList<JsonConverter> converters)
        where TEnum : struct, Enum =>
        converters.Add(new StrictEnumConverter<TEnum>());

    // Each domain area registers its converters in its own file, so areas never edit each other's code.
    static partial void AddCommonConverters(IList<JsonConverter> converters);

    static partial void AddProcessConverters(IList<JsonConverter> converters);

    static partial void AddMeetingConverters(IList<JsonConverter> converters);

    static partial void AddConsultationConverters(IList<JsonConverter> converters);

    static partial void AddCatalogueConverters(IList<JsonConverter> converters);

    static partial void AddRecommendationConverters(IList<JsonConverter> converters);

    static partial void AddConsensusConverters(IList<JsonConverter> converters);

    static partial void AddDossierConverters(IList<JsonConverter> converters);
}
