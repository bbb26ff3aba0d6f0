using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wgec.Core.Serialization;

/// <summary>
/// Writes a value type as its canonical text and reads it back through its validating
/// <c>TryParse</c>, so a JSON string can never produce an invalid value.
/// </summary>
internal sealed class StringValueConverter<T> : JsonConverter<T>
    where T : struct
{
    private readonly TryParser _tryParse;
    private readonly string _what;

    internal delegate bool TryParser(string? text, out T value);

    internal StringValueConverter(TryParser tryParse, string what)
    {
        _tryParse = tryParse;
        _what = what;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected {_what} as a JSON string, found {reader.TokenType}.");
        }

        var text = reader.GetString();
        if (!_tryParse(text, out var value))
        {
            throw new JsonException($"'{text}' is not a valid {_what}.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
