using System;
using System.Text.Json;
using NodaTime;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Serialization.Engine;

namespace Wgec.Core.Serialization.Streaming;

/// <summary>
/// The fold's fast path: reads a record's bytes straight into the tally without building the
/// <see cref="Response"/>, so that a response costs no allocation. It accepts only records it can
/// prove the generated reader and the fold's checks would accept with the same values: members
/// unescaped and each once, an instant without offset, choices that are exactly an option. For
/// anything else it says "not sure" and the record goes through the generated reader, which then
/// gives the verdict (and the one error message). Tests hold it to that reader on mutated input.
/// </summary>
internal sealed class ResponseScanner
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = JsonWrite.MaxDepth };
    private static readonly byte[][] ResponseMembers = ["respondentId"u8.ToArray(), "submittedAt"u8.ToArray(), "language"u8.ToArray(), "answers"u8.ToArray()];
    private static readonly byte[][] AnswerMembers = ["questionNumber"u8.ToArray(), "text"u8.ToArray(), "choices"u8.ToArray()];

    private readonly ResponseTally _tally;
    private readonly AnswerFormat[] _formats;
    private readonly byte[]?[][] _options;
    private readonly ulong[] _answered;
    private readonly TextCache _texts = new();
    private byte[] _unescaped = new byte[256];

    public ResponseScanner(ResponseTally tally)
    {
        _tally = tally;
        var questions = tally.Questionnaire.Questions;
        _formats = new AnswerFormat[questions.Length];
        _options = new byte[]?[questions.Length][];
        for (var q = 0; q < questions.Length; q++)
        {
            _formats[q] = questions[q].Format;
            var options = questions[q].Options;

            // An option that is blank or padded could match a choice the model trims or rejects: such options are left to the reader.
            _options[q] = new byte[]?[Math.Min(options.Length, 64)];
            for (var o = 0; o < _options[q].Length; o++)
            {
                var option = options[o];
                _options[q][o] = options.Length <= 64 && !string.IsNullOrWhiteSpace(option) && option.Length == option.Trim().Length
                    ? Utf8Text.Strict.GetBytes(option)
                    : null;
            }
        }

        _answered = new ulong[tally.Words];
    }

    /// <summary>Tallies the record when it is certainly a valid response of a known respondent; false when not sure.</summary>
    public bool TryTally(ReadOnlySpan<byte> json)
    {
        try
        {
            return Scan(json);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            // An escape that is not valid UTF-16, met while unescaping.
            return false;
        }
    }

    private bool Scan(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        Array.Clear(_answered, 0, _answered.Length);
        var seen = 0;
        var expect = 0;
        int idStart = 0, idLength = 0;
        Instant submittedAt = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = Member(ref reader, ResponseMembers, ref expect);
            if (member < 0 || (seen & (1 << member)) != 0 || !reader.Read())
            {
                return false;
            }

            seen |= 1 << member;
            switch (member)
            {
                case 0 when Plain(ref reader):
                    idStart = (int)reader.TokenStartIndex + 1;
                    idLength = reader.ValueSpan.Length;
                    break;
                case 1 when Plain(ref reader) && TryParseInstant(reader.ValueSpan, out submittedAt):
                    break;
                case 2 when Plain(ref reader) && reader.ValueSpan.Length <= TextCache.MaxLength && _texts.Get(reader.ValueSpan) is { } tag && Response.IsLanguageTag(tag):
                    break;
                case 3 when reader.TokenType == JsonTokenType.StartArray && Answers(ref reader):
                    break;
                default:
                    return false;
            }
        }

        // All four members, and nothing after the object (the reader throws on a second value).
        if (seen != 0b1111 || reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return false;
        }

        var idBytes = json.Slice(idStart, idLength);
        var respondent = _tally.Find(idBytes);
        if (respondent < 0)
        {
            if (idLength > TextCache.MaxLength * 4 || !RespondentId.TryParse(Utf8Text.GetString(idBytes), out var id))
            {
                return false;
            }

            respondent = _tally.Respondent(id, idBytes);
            if (respondent < 0)
            {
                return false;
            }
        }

        _tally.Add(respondent, submittedAt, _answered);
        return true;
    }

    private bool Answers(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            if (!Answer(ref reader))
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    private bool Answer(ref Utf8JsonReader reader)
    {
        var seen = 0;
        var expect = 0;
        var number = 0;
        var hasText = false;
        var choices = 0;
        ulong chosen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = Member(ref reader, AnswerMembers, ref expect);
            if (member < 0 || (seen & (1 << member)) != 0 || !reader.Read())
            {
                return false;
            }

            seen |= 1 << member;
            if (member == 0)
            {
                // The question is known before its choices only when it comes first, as the writer puts it.
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out number) || number < 1 || number > _tally.QuestionCount || seen != 1)
                {
                    return false;
                }
            }
            else if (member == 1)
            {
                if (reader.TokenType == JsonTokenType.String)
                {
                    var blank = Blank(Unescaped(ref reader));
                    if (blank is null)
                    {
                        return false;
                    }

                    hasText = blank == false;
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    return false;
                }
            }
            else if (reader.TokenType != JsonTokenType.StartArray || number == 0 || !Choices(ref reader, number - 1, ref choices, ref chosen))
            {
                return false;
            }
        }

        var q = number - 1;
        if (number == 0 || (_answered[q / 64] & (1UL << (q % 64))) != 0 || (!hasText && choices == 0))
        {
            return false;
        }

        if ((_formats[q] == AnswerFormat.FreeText && choices > 0) || (_formats[q] == AnswerFormat.SingleChoice && choices > 1))
        {
            return false;
        }

        _answered[q / 64] |= 1UL << (q % 64);
        return true;
    }

    private bool Choices(ref Utf8JsonReader reader, int question, ref int count, ref ulong chosen)
    {
        var options = _options[question];
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            var choice = Unescaped(ref reader);
            var match = -1;
            for (var o = 0; o < options.Length && match < 0; o++)
            {
                if (options[o] is { } option && choice.SequenceEqual(option))
                {
                    match = o;
                }
            }

            if (match < 0 || (chosen & (1UL << match)) != 0)
            {
                return false;
            }

            chosen |= 1UL << match;
            count++;
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    private static int Member(ref Utf8JsonReader reader, byte[][] names, ref int expect) =>
        reader.ValueIsEscaped ? -1 : JsonRead.Match(ref reader, names, ref expect);

    private static bool Plain(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped;

    // The string's UTF-8 after escapes; the record was checked to be UTF-8 as a whole.
    private ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan;
        }

        if (_unescaped.Length < reader.ValueSpan.Length)
        {
            _unescaped = new byte[reader.ValueSpan.Length];
        }

        var written = reader.CopyString(_unescaped);
        return new ReadOnlySpan<byte>(_unescaped, 0, written);
    }

    /// <summary>True when the text is empty or ASCII white space, false when it holds a character that is not white space, null when not sure.</summary>
    private static bool? Blank(ReadOnlySpan<byte> text)
    {
        var other = false;
        foreach (var b in text)
        {
            if (b > 0x20 && b < 0x7F)
            {
                return false;
            }

            other |= b != (byte)' ' && (b < 0x09 || b > 0x0D);
        }

        return other ? null : true;
    }

    /// <summary>
    /// The subset of NodaTime's extended ISO instant pattern that writers use:
    /// <c>uuuu-MM-ddTHH:mm:ss</c>, an optional <c>.</c> and 1–9 digits, <c>Z</c>; years 1–9999.
    /// </summary>
    internal static bool TryParseInstant(ReadOnlySpan<byte> text, out Instant value)
    {
        value = default;
        if (text.Length < 20 || text.Length == 21 || text.Length > 30 || text[text.Length - 1] != (byte)'Z'
            || text[4] != (byte)'-' || text[7] != (byte)'-' || text[10] != (byte)'T' || text[13] != (byte)':' || text[16] != (byte)':')
        {
            return false;
        }

        if (!Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second))
        {
            return false;
        }

        var nanoseconds = 0;
        if (text.Length > 20)
        {
            var digits = text.Length - 21;
            if (text[19] != (byte)'.' || !Digits(text, 20, digits, out nanoseconds))
            {
                return false;
            }

            for (var i = digits; i < 9; i++)
            {
                nanoseconds *= 10;
            }
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = Instant.FromUtc(year, month, day, hour, minute, second).PlusNanoseconds(nanoseconds);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = text[i] - (byte)'0';
            if (d < 0 || d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }
}
