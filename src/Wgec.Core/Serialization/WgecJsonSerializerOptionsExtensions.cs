using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Wgec.Core.Serialization;

/// <summary>
/// Opt-in JSON support for Wgec.Core, in the style of NodaTime's <c>ConfigureForNodaTime</c>:
/// <c>new JsonSerializerOptions(JsonSerializerDefaults.Strict).ConfigureForWgec()</c>.
/// </summary>
public static class WgecJsonSerializerOptionsExtensions
{
    /// <summary>The maximum nesting depth of a Wgec.Core document. Deeper input is rejected.</summary>
    public const int DefaultMaxDepth = Engine.JsonWrite.MaxDepth;

    /// <summary>
    /// Configures options to read and write single Wgec.Core values (a mandate, an outcome, a
    /// count matrix…) exactly as they appear inside a dossier: every domain type, enum and
    /// identifier gets a converter generated from the type's declaration (so reading goes through
    /// the validating constructors and collects every error into one <see cref="WgecFormatException"/>),
    /// the dates and instants the model uses are ISO 8601 through NodaTime's own patterns, and the
    /// strict reading rules of <c>JsonSerializerDefaults.Strict</c> apply to everything else.
    /// The metadata comes without reflection, so the options work in a native AOT application.
    /// </summary>
    /// <param name="options">The options to configure; not yet used for serialization.</param>
    /// <returns>The same <paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only (already used).</exception>
    public static JsonSerializerOptions ConfigureForWgec(this JsonSerializerOptions options)
    {
        Preconditions.NotNull(options);

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

        WgecCodecs.AddConverters(options.Converters);
        options.TypeInfoResolverChain.Insert(0, new CodecResolver());
        options.TypeInfoResolverChain.Insert(1, WgecJsonContext.Default);
        return options;
    }

    /// <summary>Metadata for the generated converters, without reflection.</summary>
    private sealed class CodecResolver : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) => WgecCodecs.TypeInfo(type, options);
    }
}
