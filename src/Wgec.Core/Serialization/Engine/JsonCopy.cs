using System.Text.Json;

namespace Wgec.Core.Serialization.Engine;

/// <summary>
/// Copies one JSON value token by token: how preserved members are captured (checking every
/// string, so invalid text is an error and never a U+FFFD) and written back.
/// </summary>
internal static class JsonCopy
{
    /// <summary>Copies the value at the reader into the writer; false (with an error) on invalid text.</summary>
    public static bool Copy(ref Utf8JsonReader reader, Utf8JsonWriter writer, JsonReadContext context) =>
        CopyValue(ref reader, writer, context);

    /// <summary>Writes a value held as JSON text (a preserved member's) into the writer, in the writer's layout.</summary>
    public static void WriteText(Utf8JsonWriter writer, string json)
    {
        var reader = new Utf8JsonReader(Utf8Text.Strict.GetBytes(json), new JsonReaderOptions { MaxDepth = JsonWrite.MaxDepth });
        reader.Read();
        CopyValue(ref reader, writer, null);
    }

    // A null context means the text was checked when it was read, so a fault here is a bug and may throw.
    private static bool CopyValue(ref Utf8JsonReader reader, Utf8JsonWriter writer, JsonReadContext? context)
    {
        var depth = reader.CurrentDepth;
        while (true)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    writer.WriteStartObject();
                    break;
                case JsonTokenType.EndObject:
                    writer.WriteEndObject();
                    break;
                case JsonTokenType.StartArray:
                    writer.WriteStartArray();
                    break;
                case JsonTokenType.EndArray:
                    writer.WriteEndArray();
                    break;
                case JsonTokenType.PropertyName:
                case JsonTokenType.String:
                    string text;
                    if (context is null)
                    {
                        text = reader.GetString()!;
                    }
                    else if (!JsonRead.TryGetText(ref reader, out text))
                    {
                        context.Error("invalid-text", JsonRead.TextFault(ref reader) + ".");
                        SkipRest(ref reader, depth);
                        return false;
                    }

                    if (reader.TokenType == JsonTokenType.PropertyName)
                    {
                        writer.WritePropertyName(text);
                    }
                    else
                    {
                        writer.WriteStringValue(text);
                    }

                    break;
                case JsonTokenType.Number:
                    writer.WriteRawValue(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
                    break;
                case JsonTokenType.True:
                    writer.WriteBooleanValue(true);
                    break;
                case JsonTokenType.False:
                    writer.WriteBooleanValue(false);
                    break;
                case JsonTokenType.Null:
                    writer.WriteNullValue();
                    break;
            }

            if (reader.CurrentDepth == depth && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return true;
            }

            reader.Read();
        }
    }

    private static void SkipRest(ref Utf8JsonReader reader, int depth)
    {
        // Leave the reader on the last token of the value being copied.
        if (reader.CurrentDepth == depth && reader.TokenType == JsonTokenType.String)
        {
            return;
        }

        while (reader.Read())
        {
            if (reader.CurrentDepth == depth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                return;
            }
        }
    }
}
