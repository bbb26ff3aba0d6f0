using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wgec.Core.Serialization;

/// <summary>The JSON names of an enum, for the schema builder.</summary>
internal interface IEnumNames
{
    /// <summary>Every defined value's JSON name, in declaration order.</summary>
    IReadOnlyList<string> Names { get; }
}

/// <summary>
/// Writes an enum as its camelCase name and reads exactly those names. The stock
/// <see cref="JsonStringEnumConverter{TEnum}"/> reads names case-insensitively, so "CHAIR" would be
/// accepted although the schema says "chair": the format is strict, so this one is case-sensitive.
/// </summary>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>, IEnumNames
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<TEnum, JsonEncodedText> _byValue = new();
    private readonly string[] _names;

    public StrictEnumConverter()
    {
#if NET
        var values = Enum.GetValues<TEnum>();
#else
        var values = (TEnum[])Enum.GetValues(typeof(TEnum));
#endif
        var names = new List<string>(values.Length);
        foreach (var value in values)
        {
            // Aliases (two names for one value) keep the first name, as Enum.ToString does. A member
            // named Unspecified is the zero value constructors reject: it is not on the wire.
            if (_byValue.ContainsKey(value) || value.ToString() == Internal.Specified.UnspecifiedName)
            {
                continue;
            }

            var name = JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
            _byName.Add(name, value);
            _byValue.Add(value, JsonEncodedText.Encode(name));
            names.Add(name);
        }

        _names = names.ToArray();
    }

    public IReadOnlyList<string> Names => _names;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a {typeof(TEnum).Name} name as a JSON string ({Expected()}), found {reader.TokenType}.");
        }

        return FromName(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ToName(value));

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromName(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WritePropertyName(ToName(value));

    private TEnum FromName(string name) =>
        _byName.TryGetValue(name, out var value)
            ? value
            : throw new JsonException($"'{name}' is not a {typeof(TEnum).Name}: expected {Expected()} (names are case-sensitive).");

    private JsonEncodedText ToName(TEnum value) =>
        _byValue.TryGetValue(value, out var name)
            ? name
            : throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} value, so it has no name to write.");

    private string Expected() => "one of " + string.Join(", ", _names.Select(n => "'" + n + "'"));
}
