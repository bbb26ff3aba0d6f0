using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Wgec.Core.Serialization.Documents;

/// <summary>
/// Writes the envelope and the payload: members in a fixed order, the current version, and any
/// preserved members back at their places. Output depends only on the value.
/// </summary>
internal static class EnvelopeWriter
{
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = WgecJson.Options.Encoder,
        MaxDepth = WgecJsonSerializerOptionsExtensions.DefaultMaxDepth,
    };

    public static void Write<TDto>(Utf8JsonWriter writer, DocumentKind kind, TDto payload, JsonTypeInfo<TDto> info, ImmutableArray<PreservedMember> preserved)
    {
        writer.WriteStartObject();
        writer.WriteString(EnvelopeReader.FormatMember, kind.FormatName);
        writer.WriteString(EnvelopeReader.VersionMember, kind.Current.ToString());
        writer.WritePropertyName(kind.PayloadMember);

        var payloadPath = ReadErrors.Member("$", kind.PayloadMember);
        var inPayload = preserved.IsDefaultOrEmpty ? ImmutableArray<PreservedMember>.Empty : preserved.Where(m => m.Path != "$").ToImmutableArray();
        if (inPayload.IsEmpty)
        {
            JsonSerializer.Serialize(writer, payload, info);
        }
        else
        {
            var node = JsonSerializer.SerializeToNode(payload, info)!;
            var orphans = MemberWalk.Restore(node, payloadPath, inPayload);
            if (orphans.Count > 0)
            {
                throw new InvalidOperationException(
                    $"{orphans.Count} preserved member(s) no longer have an object to go back to (first: {orphans[0]}); the model changed since it was read. Remove them with WithPreservedMembers before writing.");
            }

            node.WriteTo(writer, info.Options);
        }

        if (!preserved.IsDefaultOrEmpty)
        {
            foreach (var member in preserved.Where(m => m.Path == "$"))
            {
                writer.WritePropertyName(member.Name);
                var value = JsonNode.Parse(member.Json);
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    value.WriteTo(writer, info.Options);
                }
            }
        }

        writer.WriteEndObject();
    }
}
