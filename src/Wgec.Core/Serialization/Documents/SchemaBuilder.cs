using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Serialization.Documents;

/// <summary>
/// Builds the JSON Schema (draft 2020-12) of an enveloped document from the source-generated
/// metadata of its DTOs, then adds what the exporter cannot see: the formats of NodaTime values,
/// the patterns of identifiers, and the envelope's constants.
/// </summary>
internal static class SchemaBuilder
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    public static JsonObject Build(DocumentKind kind, JsonTypeInfo payloadInfo, string id, string title, string description)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var payload = JsonSchemaExporter.GetJsonSchemaAsNode(payloadInfo, exporterOptions);

        // The exporter writes "$ref" pointers relative to the payload's own schema; inside the
        // envelope that schema sits at /properties/<payload>, so every pointer moves there.
        Rebase(payload, "#/properties/" + kind.PayloadMember);
        var majorPattern = "^" + kind.Current.Major.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\\.(0|[1-9][0-9]{0,2})$";
        return new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = id,
            ["title"] = title,
            ["description"] = description,
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                [EnvelopeReader.FormatMember] = new JsonObject { ["const"] = kind.FormatName },
                [EnvelopeReader.VersionMember] = new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = majorPattern,
                    ["description"] = $"major.minor; this schema describes {kind.Current}. Older minor versions are migrated by the reader.",
                },
                [kind.PayloadMember] = payload,
            },
            ["required"] = new JsonArray(EnvelopeReader.FormatMember, EnvelopeReader.VersionMember, kind.PayloadMember),
            ["additionalProperties"] = false,
        };
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        var nullable = type != context.TypeInfo.Type;
        JsonObject? replacement = type switch
        {
            _ when type == typeof(LocalDate) => Text("date", null, "ISO 8601 calendar date, e.g. 2013-05-30"),
            _ when type == typeof(Instant) => Text("date-time", null, "ISO 8601 instant in UTC, e.g. 2013-09-17T21:59:59Z"),
            _ when type == typeof(LocalDateTime) => Text(null, "^-?[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?$", "ISO 8601 local date and time"),
            _ when type == typeof(LocalTime) => Text(null, "^[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?$", "ISO 8601 local time"),
            _ when type == typeof(ZonedDateTime) => Text(null, null, "ISO 8601 date-time with offset, then a space and a TZDB zone id, e.g. 2013-09-17T23:59:59+02 Europe/Zurich"),
            _ when type == typeof(Duration) => Text(null, null, "NodaTime roundtrip duration, e.g. 1:00:00:00"),
            _ when type == typeof(DateTimeZone) => Text(null, null, "TZDB time zone id, e.g. Europe/Zurich"),
            _ when type == typeof(ParticipantId) || type == typeof(RespondentId) || type == typeof(RecommendationId) || type == typeof(GroupKey) =>
                Text(null, "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$", "identifier"),
            _ when type.IsEnum => Names(context.TypeInfo.Options.GetTypeInfo(type).Converter, nullable),
            _ => null,
        };

        if (replacement is null)
        {
            // The exporter drops "items" when it cannot describe the element; enum elements it can.
            if (context.TypeInfo.ElementType is { IsEnum: true } element && schema is JsonObject array && !array.ContainsKey("items")
                && Names(context.TypeInfo.Options.GetTypeInfo(element).Converter, nullable: false) is { } items)
            {
                array["items"] = items;
            }

            return schema;
        }

        if (type.IsEnum)
        {
            return replacement;
        }

        if (nullable)
        {
            replacement["type"] = new JsonArray("string", "null");
        }

        return replacement;
    }

    // The exporter knows only the stock enum converter; this is the same shape it gives that one.
    private static JsonObject? Names(System.Text.Json.Serialization.JsonConverter converter, bool nullable)
    {
        if (converter is not IEnumNames enumNames)
        {
            return null;
        }

        var names = new JsonArray(enumNames.Names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
        if (nullable)
        {
            names.Add(null);
        }

        return new JsonObject { ["enum"] = names };
    }

    private static void Rebase(JsonNode? node, string root)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var member in obj.ToList())
                {
                    if (member.Key == "$ref" && member.Value is JsonValue value && value.TryGetValue<string>(out var pointer) && pointer.Length > 0 && pointer[0] == '#')
                    {
                        obj["$ref"] = root + pointer.Substring(1);
                    }
                    else
                    {
                        Rebase(member.Value, root);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Rebase(item, root);
                }

                break;
        }
    }

    private static JsonObject Text(string? format, string? pattern, string description)
    {
        var node = new JsonObject { ["type"] = "string" };
        if (format is not null)
        {
            node["format"] = format;
        }

        if (pattern is not null)
        {
            node["pattern"] = pattern;
        }

        node["description"] = description;
        return node;
    }

    /// <summary>The schema as deterministic, indented text with "\n" line endings.</summary>
    public static string ToText(JsonObject schema) =>
        schema.ToJsonString(WgecJson.IndentedOptions).Replace("\r\n", "\n") + "\n";
}
