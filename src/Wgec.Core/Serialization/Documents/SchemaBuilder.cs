using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wgec.Core.Serialization.Engine;

namespace Wgec.Core.Serialization.Documents;

/// <summary>
/// Builds the JSON Schema (draft 2020-12) of an enveloped document from the generated shape
/// descriptions, the same ones its reader and writer come from. Shapes are written in place;
/// a shape that contains itself goes into <c>$defs</c> and is referred to.
/// </summary>
internal static class SchemaBuilder
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private const string IdentifierPattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

    public static JsonObject Build(DocumentKind kind, IReadOnlyList<JsonShape> shapes, Type payload, string id, string title, string description)
    {
        var byId = shapes.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var root = shapes.First(s => s.Type == payload);
        var writer = new Writer(byId);
        var payloadSchema = writer.Schema(root.Id);
        var majorPattern = "^" + kind.Current.Major.ToString(CultureInfo.InvariantCulture) + "\\.(0|[1-9][0-9]{0,2})$";
        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = id,
            ["title"] = title,
            ["description"] = description,
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                [DocumentFormat<Dossier>.FormatMember] = new JsonObject { ["const"] = kind.FormatName },
                [DocumentFormat<Dossier>.VersionMember] = new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = majorPattern,
                    ["description"] = $"major.minor; this schema describes {kind.Current}. Older minor versions are migrated by the reader.",
                },
                [kind.PayloadMember] = payloadSchema,
            },
            ["required"] = new JsonArray(DocumentFormat<Dossier>.FormatMember, DocumentFormat<Dossier>.VersionMember, kind.PayloadMember),
            ["additionalProperties"] = false,
        };
        if (writer.Definitions.Count > 0)
        {
            var defs = new JsonObject();
            foreach (var definition in writer.Definitions.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                defs[definition.Key] = definition.Value;
            }

            schema["$defs"] = defs;
        }

        return schema;
    }

    /// <summary>The schema as deterministic, indented text with "\n" line endings.</summary>
    public static string ToText(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n") + "\n";

    private sealed class Writer
    {
        private readonly Dictionary<string, JsonShape> _shapes;
        private readonly HashSet<string> _open = new(StringComparer.Ordinal);
        private readonly HashSet<string> _recursive = new(StringComparer.Ordinal);

        public Writer(Dictionary<string, JsonShape> shapes)
        {
            _shapes = shapes;
            FindRecursion();
        }

        public Dictionary<string, JsonNode> Definitions { get; } = new(StringComparer.Ordinal);

        public JsonObject Schema(string id)
        {
            if (_recursive.Contains(id))
            {
                if (!Definitions.ContainsKey(id) && _open.Add(id))
                {
                    Definitions[id] = Inline(_shapes[id]);
                    _open.Remove(id);
                }

                return new JsonObject { ["$ref"] = "#/$defs/" + id };
            }

            return Inline(_shapes[id]);
        }

        private JsonObject Inline(JsonShape shape) => shape.Kind switch
        {
            JsonShapeKind.String or JsonShapeKind.Text => Type("string"),
            JsonShapeKind.Int32 or JsonShapeKind.Int64 => Type("integer"),
            JsonShapeKind.Double or JsonShapeKind.Decimal => Type("number"),
            JsonShapeKind.Boolean => Type("boolean"),
            JsonShapeKind.LocalDate => Text("date", null, "ISO 8601 calendar date, e.g. 2013-05-30"),
            JsonShapeKind.Instant => Text("date-time", null, "ISO 8601 instant in UTC, e.g. 2013-09-17T21:59:59Z"),
            JsonShapeKind.Uri => Text("uri-reference", null, "an address"),
            JsonShapeKind.DateInterval => new JsonObject
            {
                ["type"] = "object",
                ["description"] = "a range of calendar dates, both ends inclusive",
                ["properties"] = new JsonObject
                {
                    ["start"] = Text("date", null, "the first day"),
                    ["end"] = Text("date", null, "the last day, not before the first"),
                },
                ["required"] = new JsonArray("start", "end"),
                ["additionalProperties"] = false,
            },
            JsonShapeKind.Enum => new JsonObject { ["enum"] = new JsonArray(shape.EnumNames.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()) },
            JsonShapeKind.Parsable => Text(null, IsIdentifier(shape.Type) ? IdentifierPattern : null, Words(shape.Type.Name)),
            JsonShapeKind.Array => new JsonObject { ["type"] = "array", ["items"] = Schema(shape.Element!) },
            JsonShapeKind.EnumMap => new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject(shape.EnumNames.Select(n => new KeyValuePair<string, JsonNode?>(n, Type("integer")))),
                ["required"] = new JsonArray(shape.EnumNames.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
                ["additionalProperties"] = false,
            },
            JsonShapeKind.Custom => shape.CustomSchema!(Schema),
            _ => Object(shape),
        };

        private JsonObject Object(JsonShape shape)
        {
            var properties = new JsonObject();
            var required = new JsonArray();
            foreach (var member in shape.Members)
            {
                var schema = Schema(member.Shape);
                properties[member.Name] = member.Nullable ? OrNull(schema) : schema;
                if (member.Required)
                {
                    required.Add((JsonNode)member.Name);
                }
            }

            var node = new JsonObject { ["type"] = "object", ["properties"] = properties };
            if (required.Count > 0)
            {
                node["required"] = required;
            }

            node["additionalProperties"] = false;
            return node;
        }

        private static JsonObject OrNull(JsonNode schema)
        {
            if (schema is JsonObject obj && obj["type"] is JsonValue type && type.TryGetValue<string>(out var name))
            {
                obj["type"] = new JsonArray(name, "null");
                return obj;
            }

            if (schema is JsonObject withEnum && withEnum["enum"] is JsonArray names)
            {
                names.Add(null);
                return withEnum;
            }

            return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
        }

        // A shape is recursive when it can be reached from itself.
        private void FindRecursion()
        {
            foreach (var shape in _shapes.Values)
            {
                if (shape.Kind == JsonShapeKind.Custom)
                {
                    // A hand-written shape may refer to itself; it always goes into $defs.
                    _recursive.Add(shape.Id);
                    continue;
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                var stack = new Stack<string>(Children(shape));
                while (stack.Count > 0)
                {
                    var next = stack.Pop();
                    if (next == shape.Id)
                    {
                        _recursive.Add(shape.Id);
                        break;
                    }

                    if (seen.Add(next) && _shapes.TryGetValue(next, out var child))
                    {
                        foreach (var grandchild in Children(child))
                        {
                            stack.Push(grandchild);
                        }
                    }
                }
            }
        }

        private static IEnumerable<string> Children(JsonShape shape)
        {
            if (shape.Element is { } element)
            {
                yield return element;
            }

            foreach (var member in shape.Members)
            {
                yield return member.Shape;
            }
        }
    }

    private static bool IsIdentifier(Type type) => type.Name.EndsWith("Id", StringComparison.Ordinal) || type.Name == "GroupKey";

    private static string Words(string name)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    private static JsonObject Type(string type) => new() { ["type"] = type };

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
}
