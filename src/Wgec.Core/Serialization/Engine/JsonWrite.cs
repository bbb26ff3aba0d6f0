using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Wgec.Core.Serialization.Engine;

/// <summary>The writers of the leaf shapes, and the one writer layout of every Wgec.Core document.</summary>
internal static class JsonWrite
{
    /// <summary>The deepest nesting a Wgec.Core document may have.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Two-space indentation and "\n" on every platform; only quotes, backslashes and control
    /// characters escaped, so text stays readable ("+02", "São Paulo").
    /// </summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = MaxDepth,
    };

    public static void String(Utf8JsonWriter writer, string value, JsonWriteContext context) => writer.WriteStringValue(value);

    public static void Int32(Utf8JsonWriter writer, int value, JsonWriteContext context) => writer.WriteNumberValue(value);

    public static void Int64(Utf8JsonWriter writer, long value, JsonWriteContext context) => writer.WriteNumberValue(value);

    public static void Double(Utf8JsonWriter writer, double value, JsonWriteContext context) => writer.WriteNumberValue(value);

    public static void Decimal(Utf8JsonWriter writer, decimal value, JsonWriteContext context) => writer.WriteNumberValue(value);

    public static void Boolean(Utf8JsonWriter writer, bool value, JsonWriteContext context) => writer.WriteBooleanValue(value);

    public static void LocalDate(Utf8JsonWriter writer, LocalDate value, JsonWriteContext context) =>
        context.WritePattern(writer, LocalDatePattern.Iso, value);

    public static void Instant(Utf8JsonWriter writer, Instant value, JsonWriteContext context) =>
        context.WritePattern(writer, InstantPattern.ExtendedIso, value);

    public static void Uri(Utf8JsonWriter writer, Uri value, JsonWriteContext context) => writer.WriteStringValue(value.OriginalString);

    public static void DateInterval(Utf8JsonWriter writer, DateInterval value, JsonWriteContext context)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("start"u8);
        LocalDate(writer, value.Start, context);
        writer.WritePropertyName("end"u8);
        LocalDate(writer, value.End, context);
        context.WritePreserved(writer);
        writer.WriteEndObject();
    }

    /// <summary>An enum value no name stands for: constructors refuse these, so only a bug reaches here.</summary>
    public static JsonException Undefined(string what, long value) =>
        new($"cannot write {what} {value}: {value} is not a defined {what}.");
}
