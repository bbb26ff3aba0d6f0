using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Wgec.Core.Consultation;

namespace Wgec.Core.Serialization;

/// <summary>
/// Reads responses one at a time from a caller's stream, as a JSON array or JSON Lines, so that
/// consultations of any size can be processed with flat memory. Each record is read through the
/// validating JSON layer; a bad record is reported with its position, never skipped silently.
/// </summary>
/// <remarks>
/// The stream is read forward once and left open. Malformed JSON inside a JSON array ends the
/// read under either policy (the rest of the array cannot be located); in JSON Lines a malformed
/// line is one bad record. Pure apart from reading the stream; thread-safe.
/// </remarks>
public static class ResponseReader
{
    /// <summary>Reads responses as they arrive.</summary>
    /// <param name="stream">The stream, UTF-8 (a byte-order mark is accepted in JSON Lines).</param>
    /// <param name="format">The layout of the stream.</param>
    /// <param name="policy">What to do with a bad record.</param>
    /// <param name="onBadRecord">
    /// Receives each bad record; required with <see cref="BadRecordPolicy.CollectAndContinue"/>
    /// (so nothing is ignored), optional with <see cref="BadRecordPolicy.StopAtFirst"/> (called before the exception).
    /// </param>
    /// <param name="options">Serializer options configured for Wgec.Core; <see cref="WgecJson.Options"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The valid responses, in stream order.</returns>
    /// <exception cref="ArgumentException">An argument is null or out of range, or <paramref name="onBadRecord"/> is missing under <see cref="BadRecordPolicy.CollectAndContinue"/>.</exception>
    /// <exception cref="BadRecordException">While enumerating: a bad record under <see cref="BadRecordPolicy.StopAtFirst"/>, or malformed JSON in an array.</exception>
    public static IAsyncEnumerable<Response> ReadAsync(
        Stream stream,
        ResponseStreamFormat format,
        BadRecordPolicy policy = BadRecordPolicy.StopAtFirst,
        Action<BadRecord>? onBadRecord = null,
        JsonSerializerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        CheckArguments(stream, format, policy, onBadRecord);
        return Valid(ReadRecordsAsync(stream, format, options ?? WgecJson.Options, cancellationToken), policy, onBadRecord);
    }

    internal static void CheckArguments(Stream stream, ResponseStreamFormat format, BadRecordPolicy policy, Action<BadRecord>? onBadRecord)
    {
        Preconditions.NotNull(stream);
        Preconditions.Defined(format);
        Preconditions.Defined(policy);
        if (policy == BadRecordPolicy.CollectAndContinue && onBadRecord is null)
        {
            throw Preconditions.Required(nameof(onBadRecord), "collecting bad records needs a receiver for them, so that none is ignored silently.");
        }
    }

    /// <summary>Every record with its position: a response, or a bad record. A fatal bad record ends the sequence.</summary>
    internal static IAsyncEnumerable<(Response? Response, BadRecord? Bad, bool Fatal, long Position)> ReadRecordsAsync(Stream stream, ResponseStreamFormat format, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        var info = (JsonTypeInfo<Response>)options.GetTypeInfo(typeof(Response));
        return format == ResponseStreamFormat.JsonLines
            ? ReadLinesAsync(stream, info, cancellationToken)
            : ReadArrayAsync(stream, info, (JsonTypeInfo<JsonElement>)options.GetTypeInfo(typeof(JsonElement)), cancellationToken);
    }

    private static async IAsyncEnumerable<Response> Valid(IAsyncEnumerable<(Response? Response, BadRecord? Bad, bool Fatal, long Position)> records, BadRecordPolicy policy, Action<BadRecord>? onBadRecord)
    {
        await foreach (var record in records.ConfigureAwait(false))
        {
            if (record.Bad is { } bad)
            {
                onBadRecord?.Invoke(bad);
                if (record.Fatal || policy == BadRecordPolicy.StopAtFirst)
                {
                    throw new BadRecordException(bad);
                }

                continue;
            }

            yield return record.Response!;
        }
    }

    private static async IAsyncEnumerable<(Response? Response, BadRecord? Bad, bool Fatal, long Position)> ReadLinesAsync(Stream stream, JsonTypeInfo<Response> info, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
        long line = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? text;
            BadRecord? unreadable = null;
            try
            {
#if NET7_0_OR_GREATER
                text = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
#else
                text = await reader.ReadLineAsync().ConfigureAwait(false);
#endif
            }
            catch (DecoderFallbackException ex)
            {
                text = null;
                unreadable = new BadRecord(RecordPositionKind.Line, line + 1, "invalid-utf8", $"the stream is not valid UTF-8: {ex.Message}");
            }

            if (unreadable is not null)
            {
                yield return (null, unreadable, true, line + 1);
                yield break;
            }

            if (text is null)
            {
                yield break;
            }

            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return Parse(text, info, RecordPositionKind.Line, line);
        }
    }

    private static async IAsyncEnumerable<(Response? Response, BadRecord? Bad, bool Fatal, long Position)> ReadArrayAsync(Stream stream, JsonTypeInfo<Response> info, JsonTypeInfo<JsonElement> elementInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var elements = JsonSerializer.DeserializeAsyncEnumerable(stream, elementInfo, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            long index = 0;
            while (true)
            {
                bool more;
                BadRecord? fatal = null;
                try
                {
                    more = await elements.MoveNextAsync().ConfigureAwait(false);
                }
                catch (JsonException ex)
                {
                    more = false;
                    fatal = new BadRecord(RecordPositionKind.Index, index, "malformed-json", $"{ex.Message} Reading stops here: the rest of the array cannot be located.");
                }

                if (fatal is not null)
                {
                    yield return (null, fatal, true, index);
                    yield break;
                }

                if (!more)
                {
                    yield break;
                }

                yield return Convert(elements.Current, info, index);
                index++;
            }
        }
        finally
        {
            await elements.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static (Response? Response, BadRecord? Bad, bool Fatal, long Position) Parse(string text, JsonTypeInfo<Response> info, RecordPositionKind kind, long position)
    {
        try
        {
            var response = JsonSerializer.Deserialize(text, info);
            return response is null
                ? (null, new BadRecord(kind, position, "null-record", "the record is null, not a response."), false, position)
                : (response, null, false, position);
        }
        catch (JsonException ex)
        {
            return (null, ToBadRecord(ex, kind, position), false, position);
        }
    }

    private static (Response? Response, BadRecord? Bad, bool Fatal, long Position) Convert(JsonElement element, JsonTypeInfo<Response> info, long index)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return (null, new BadRecord(RecordPositionKind.Index, index, "null-record", "the record is null, not a response."), false, index);
        }

        try
        {
            return (element.Deserialize(info)!, null, false, index);
        }
        catch (JsonException ex)
        {
            return (null, ToBadRecord(ex, RecordPositionKind.Index, index), false, index);
        }
    }

    private static BadRecord ToBadRecord(JsonException ex, RecordPositionKind kind, long position) =>
        ex is WgecFormatException format && !format.Errors.IsEmpty
            ? new BadRecord(kind, position, format.Errors[0].Rule, format.Message)
            : new BadRecord(kind, position, "malformed-json", ex.Message);
}
