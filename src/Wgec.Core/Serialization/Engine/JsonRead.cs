using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Wgec.Core.Serialization.Engine;

/// <summary>Reads one value of a kind from the token at the reader.</summary>
internal delegate bool ReadFn<T>(ref Utf8JsonReader reader, JsonReadContext context, [MaybeNullWhen(false)] out T value);

/// <summary>A value type's validating parser.</summary>
internal delegate bool TryParser<T>(string? text, out T value);

/// <summary>Parses text into a value, or says why it cannot.</summary>
internal delegate bool TextParser<T>(string? text, out T? value, out string? error)
    where T : class;

/// <summary>
/// The readers of the leaf shapes (text, numbers, dates, identifiers, lists). Each is called on the
/// first token of its value and leaves the reader on the value's last token; each records what
/// is wrong at the context's path and returns false, never throws for bad input.
/// </summary>
internal static class JsonRead
{
    /// <summary>The reader's message in the library's terms: without its own tail, with the line and byte counted from one where it knows them.</summary>
    internal static string Describe(JsonException ex) =>
        Clean(ex.Message) + (ex.LineNumber is { } line && ex.BytePositionInLine is { } column
            ? $" (line {(line + 1).ToString(CultureInfo.InvariantCulture)}, byte {(column + 1).ToString(CultureInfo.InvariantCulture)})"
            : string.Empty);

    /// <summary>The serializer's message without its " Path: … | LineNumber: …" tail, which the error's path replaces.</summary>
    internal static string Clean(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        var text = cut > 0 ? message.Substring(0, cut) : message;
        return text.Length == 0 ? "invalid JSON." : text;
    }

    private static readonly string[] NameSeparator = [", "];

    /// <summary>
    /// The index of the member name at the reader in <paramref name="names"/>, or -1. The name
    /// after the last one matched is tried first: documents are mostly written in that order.
    /// </summary>
    public static int Match(ref Utf8JsonReader reader, byte[][] names, ref int expect)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var name = reader.ValueSpan;
            if ((uint)expect < (uint)names.Length && name.SequenceEqual(names[expect]))
            {
                return expect++;
            }

            for (var i = 0; i < names.Length; i++)
            {
                if (name.SequenceEqual(names[i]))
                {
                    expect = i + 1;
                    return i;
                }
            }

            return -1;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                expect = i + 1;
                return i;
            }
        }

        return -1;
    }

    /// <summary>Records that the token is not what the shape needs, and skips its value.</summary>
    public static void WrongToken(ref Utf8JsonReader reader, JsonReadContext context, string expected)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            context.Error("required", $"a value is required here: expected {expected}, found null.");
        }
        else
        {
            context.Error("invalid-type", $"expected {expected}, found {Describe(reader.TokenType)}.");
        }

        reader.Skip();
    }

    /// <summary>Decodes the string or member name at the reader; false when it is not valid text.</summary>
    public static bool TryGetText(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader checks the UTF-8 of raw text, and the UTF-16 of \u escapes, only when decoding.
            text = string.Empty;
            return false;
        }
    }

    /// <summary>Says why the string at the reader is not text.</summary>
    public static string TextFault(ref Utf8JsonReader reader)
    {
        var offset = reader.TokenStartIndex.ToString(CultureInfo.InvariantCulture);
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        return !Utf8Text.IsValid(raw)
            ? $"the string at byte offset {offset} holds bytes that are not valid UTF-8"
            : $"the string at byte offset {offset} holds a \\u escape that is not valid UTF-16 (a lone surrogate)";
    }

    /// <summary>Reads text.</summary>
    public static bool String(ref Utf8JsonReader reader, JsonReadContext context, out string value)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            value = string.Empty;
            WrongToken(ref reader, context, "a string");
            return false;
        }

        if (!TryGetText(ref reader, out value))
        {
            context.Error("invalid-text", TextFault(ref reader) + ".");
            return false;
        }

        return true;
    }

    /// <summary>Reads a whole number of 32 bits.</summary>
    public static bool Int32(ref Utf8JsonReader reader, JsonReadContext context, out int value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            WrongToken(ref reader, context, "a whole number");
            return false;
        }

        if (!reader.TryGetInt32(out value))
        {
            context.Error("invalid-number", $"{Number(ref reader)} is not a whole number from {int.MinValue} to {int.MaxValue}.");
            return false;
        }

        return true;
    }

    /// <summary>Reads a whole number of 64 bits.</summary>
    public static bool Int64(ref Utf8JsonReader reader, JsonReadContext context, out long value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            WrongToken(ref reader, context, "a whole number");
            return false;
        }

        if (!reader.TryGetInt64(out value))
        {
            context.Error("invalid-number", $"{Number(ref reader)} is not a whole number from {long.MinValue} to {long.MaxValue}.");
            return false;
        }

        return true;
    }

    /// <summary>Reads a finite number.</summary>
    public static bool Double(ref Utf8JsonReader reader, JsonReadContext context, out double value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            WrongToken(ref reader, context, "a number");
            return false;
        }

        if (!reader.TryGetDouble(out value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            value = 0;
            context.Error("invalid-number", $"{Number(ref reader)} is not a finite number that a double can hold.");
            return false;
        }

        return true;
    }

    /// <summary>Reads a decimal number.</summary>
    public static bool Decimal(ref Utf8JsonReader reader, JsonReadContext context, out decimal value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            WrongToken(ref reader, context, "a number");
            return false;
        }

        if (!reader.TryGetDecimal(out value))
        {
            context.Error("invalid-number", $"{Number(ref reader)} is not a number that a decimal can hold.");
            return false;
        }

        return true;
    }

    /// <summary>Reads true or false.</summary>
    public static bool Boolean(ref Utf8JsonReader reader, JsonReadContext context, out bool value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            default:
                value = false;
                WrongToken(ref reader, context, "true or false");
                return false;
        }
    }

    /// <summary>Reads an ISO 8601 calendar date through NodaTime's ISO pattern.</summary>
    public static bool LocalDate(ref Utf8JsonReader reader, JsonReadContext context, out LocalDate value) =>
        Pattern(ref reader, context, LocalDatePattern.Iso, "an ISO 8601 calendar date such as 2013-05-30", out value);

    /// <summary>Reads an ISO 8601 instant in UTC through NodaTime's extended ISO pattern.</summary>
    public static bool Instant(ref Utf8JsonReader reader, JsonReadContext context, out Instant value) =>
        Pattern(ref reader, context, InstantPattern.ExtendedIso, "an ISO 8601 instant in UTC such as 2013-09-17T21:59:59Z", out value);

    /// <summary>Reads a date range <c>{ "start", "end" }</c>, both inclusive, as strictly as any other object.</summary>
    public static bool DateInterval(ref Utf8JsonReader reader, JsonReadContext context, [MaybeNullWhen(false)] out DateInterval value)
    {
        value = null;
        if (!context.BeginObject(ref reader))
        {
            return false;
        }

        var ok = true;
        LocalDate start = default, end = default;
        bool hasStart = false, hasEnd = false;
        while (context.NextMember(ref reader))
        {
            var isStart = reader.ValueTextEquals("start"u8);
            if (isStart || reader.ValueTextEquals("end"u8))
            {
                var name = isStart ? "start" : "end";
                if (isStart ? hasStart : hasEnd)
                {
                    ok &= context.Duplicate(ref reader, name);
                    continue;
                }

                context.Enter(name);
                reader.Read();
                if (isStart)
                {
                    hasStart = true;
                    ok &= LocalDate(ref reader, context, out start);
                }
                else
                {
                    hasEnd = true;
                    ok &= LocalDate(ref reader, context, out end);
                }

                context.Exit();
                continue;
            }

            ok &= context.Unknown(ref reader);
        }

        if (!hasStart)
        {
            context.Missing("start");
            ok = false;
        }

        if (!hasEnd)
        {
            context.Missing("end");
            ok = false;
        }

        if (!ok)
        {
            return false;
        }

        if (end < start)
        {
            context.ErrorAtMember("end", "invalid-range", $"the range ends on {end:uuuu-MM-dd}, before it starts on {start:uuuu-MM-dd}.");
            return false;
        }

        value = new DateInterval(start, end);
        return true;
    }

    /// <summary>Reads a URI from its text.</summary>
    public static bool Uri(ref Utf8JsonReader reader, JsonReadContext context, [MaybeNullWhen(false)] out Uri value)
    {
        value = null;
        if (!String(ref reader, context, out var text))
        {
            return false;
        }

        if (!System.Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out value))
        {
            context.Error("invalid-value", $"'{Printable(text)}' is not a URI.");
            return false;
        }

        return true;
    }

    /// <summary>Reads a value type from its text through its validating parser.</summary>
    public static bool Parsable<T>(ref Utf8JsonReader reader, JsonReadContext context, TryParser<T> parse, string what, out T value)
        where T : struct
    {
        value = default;
        string? text;
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= TextCache.MaxLength)
        {
            // Identifiers repeat (every position names a participant): one string per distinct value.
            text = context.Texts.Get(reader.ValueSpan);
            if (text is null)
            {
                context.Error("invalid-text", TextFault(ref reader) + ".");
                return false;
            }
        }
        else if (!String(ref reader, context, out text))
        {
            return false;
        }

        if (!parse(text, out value))
        {
            context.Error("invalid-value", $"'{text}' is not a valid {what}.");
            return false;
        }

        return true;
    }

    /// <summary>Reads a value written as its text; a text that does not parse is an error that says why.</summary>
    public static bool Text<T>(ref Utf8JsonReader reader, JsonReadContext context, TextParser<T> parse, string what, [MaybeNullWhen(false)] out T value)
        where T : class
    {
        value = null;
        if (!String(ref reader, context, out var text))
        {
            return false;
        }

        if (!parse(text, out value, out var error))
        {
            context.Error("invalid-value", $"'{text}' is not a valid {what}: {error}");
            return false;
        }

        return value is not null;
    }

    /// <summary>The name of an enum value at the reader (raw UTF-8, unescaped when needed).</summary>
    public static bool EnumName(ref Utf8JsonReader reader, JsonReadContext context, string names, out ReadOnlySpan<byte> name)
    {
        name = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongToken(ref reader, context, "one of the names " + names);
            return false;
        }

        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            name = reader.ValueSpan;
            return true;
        }

        if (!String(ref reader, context, out var text))
        {
            return false;
        }

        name = Utf8Text.Strict.GetBytes(text);
        return true;
    }

    /// <summary>The message for a name that is none of the defined ones; names differ by case only on purpose.</summary>
    public static string NotOneOf(ReadOnlySpan<byte> name, string names)
    {
        if (!Utf8Text.IsValid(name))
        {
            return $"the name is not valid text; expected one of: {names}.";
        }

        var text = Utf8Text.GetString(name);
        foreach (var candidate in names.Split(NameSeparator, StringSplitOptions.None))
        {
            if (string.Equals(candidate, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return $"'{Printable(text)}' is not one of: {names}. Names are case-sensitive and exact: did you mean '{candidate}'?";
            }
        }

        return $"'{Printable(text)}' is not one of: {names}.";
    }

    /// <summary>Reads a list; null elements are errors; every element is checked even after a bad one.</summary>
    public static bool Array<T>(ref Utf8JsonReader reader, JsonReadContext context, ReadFn<T> read, out ImmutableArray<T> value)
    {
        value = ImmutableArray<T>.Empty;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongToken(ref reader, context, "an array");
            return false;
        }

        var pool = ArrayPool<T>.Shared;
        var buffer = pool.Rent(16);
        var count = 0;
        var ok = true;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                context.EnterIndex(count);
                if (reader.TokenType == JsonTokenType.Null)
                {
                    context.Error("null-element", "a list element must not be null.");
                    ok = false;
                }
                else if (read(ref reader, context, out var item))
                {
                    if (ok)
                    {
                        if (count == buffer.Length)
                        {
                            var larger = pool.Rent(buffer.Length * 2);
                            buffer.AsSpan(0, count).CopyTo(larger);
                            System.Array.Clear(buffer, 0, count);
                            pool.Return(buffer);
                            buffer = larger;
                        }

                        buffer[count] = item;
                    }
                }
                else
                {
                    ok = false;
                }

                context.Exit();
                count++;
            }

            if (ok)
            {
                value = count == 0 ? ImmutableArray<T>.Empty : ImmutableArray.Create(buffer, 0, count);
            }

            return ok;
        }
        finally
        {
            System.Array.Clear(buffer, 0, Math.Min(count, buffer.Length));
            pool.Return(buffer);
        }
    }

    /// <summary>How a token is named in messages.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        _ => "a " + token.ToString().ToLowerInvariant(),
    };

    private static bool Pattern<T>(ref Utf8JsonReader reader, JsonReadContext context, IPattern<T> pattern, string what, out T value)
    {
        value = default!;
        if (!String(ref reader, context, out var text))
        {
            return false;
        }

        // NodaTime's text cursor treats U+0000 as the end of the text: anything after it would be dropped.
        var result = HasControlCharacter(text) ? null : pattern.Parse(text);
        if (result is null || !result.Success)
        {
            context.Error("invalid-value", $"'{Printable(text)}' is not {what}.");
            return false;
        }

        value = result.Value;
        return true;
    }

    private static bool HasControlCharacter(string text)
    {
        foreach (var ch in text)
        {
            if (ch < ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static string Printable(string text)
    {
        var shown = new System.Text.StringBuilder();
        foreach (var ch in text.Length > 64 ? text.Substring(0, 64) + "…" : text)
        {
            if (ch < ' ')
            {
                shown.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                shown.Append(ch);
            }
        }

        return shown.ToString();
    }

    private static string Number(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        var text = Utf8Text.GetString(raw);
        return text.Length > 40 ? text.Substring(0, 40) + "…" : text;
    }
}
