using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Wgec.Core.Serialization.Engine;

/// <summary>
/// Serves one type to System.Text.Json through its generated codec, for callers who serialize
/// single Wgec.Core values with their own options (<c>ConfigureForWgec</c>).
/// </summary>
internal sealed class CodecConverter<T> : JsonConverter<T>
{
    private readonly ReadFn<T> _read;
    private readonly Action<Utf8JsonWriter, T, JsonWriteContext> _write;

    public CodecConverter(ReadFn<T> read, Action<Utf8JsonWriter, T, JsonWriteContext> write)
    {
        _read = read;
        _write = write;
    }

    /// <summary>The metadata System.Text.Json needs for <typeparamref name="T"/>, from the converter registered in the options.</summary>
    public static JsonTypeInfo? Info(JsonSerializerOptions options) =>
        options.Converters.OfType<CodecConverter<T>>().FirstOrDefault() is { } converter
            ? JsonMetadataServices.CreateValueInfo<T>(options, converter)
            : null;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var errors = new ReadErrors();
        var context = new JsonReadContext(errors, "$", UnknownMembers.Reject, DossierSerializer.CurrentVersion, DossierSerializer.CurrentVersion);
        if (!_read(ref reader, context, out var value) || errors.HasErrors)
        {
            throw new WgecFormatException(errors.HasErrors ? errors.ToImmutable() : [new ValidationError("$", "invalid", "the value could not be read.")]);
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        _write(writer, value, new JsonWriteContext());
}
