using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Wgec.Core.Consultation;
using Wgec.Core.Serialization.Streaming;

namespace Wgec.Core.Serialization;

/// <summary>
/// Reads responses one at a time from a caller's stream, as JSON Lines or one JSON array, so that
/// consultations of any size are read with flat memory. Each record is parsed from the UTF-8 bytes
/// by the validating one-pass reader; a bad record is reported with its true position (line number
/// or element index), never skipped silently, and never costs the good records around it.
/// </summary>
/// <remarks>
/// <para>
/// The stream is read forward once, in place in one buffer, and left open; for a
/// <c>System.IO.Pipelines.PipeReader</c> pass <c>reader.AsStream()</c>. A record holds one response:
/// a line of JSON Lines (blank lines are skipped but counted, CRLF and a last line without line feed
/// are lines), or one element of the array. A UTF-8 byte-order mark at the start is skipped.
/// </para>
/// <para>
/// Each of these is one bad record, after which reading goes on with the next record: malformed
/// JSON in a line or inside an array element, a record that is not a valid response, <c>null</c>,
/// bytes that are not UTF-8, a line that starts with a UTF-16 or UTF-32 byte-order mark, and a
/// record longer than <see cref="ResponseReadOptions.MaxRecordBytes"/> (skipped without being held).
/// </para>
/// <para>
/// Only a fault in the JSON array itself is fatal, since the rest of the array cannot be located
/// after it: the stream is not an array, ends before the array is closed, or holds more after it.
/// JSON Lines has no fatal record. Pure apart from reading the stream; thread-safe.
/// </para>
/// </remarks>
public static class ResponseReader
{
    /// <summary>Reads responses as they arrive.</summary>
    /// <param name="stream">The stream, UTF-8.</param>
    /// <param name="format">The layout of the stream.</param>
    /// <param name="policy">What to do with a bad record.</param>
    /// <param name="onBadRecord">
    /// Receives each bad record; required with <see cref="BadRecordPolicy.CollectAndContinue"/>
    /// (so nothing is ignored), optional with <see cref="BadRecordPolicy.StopAtFirst"/> (called before the exception).
    /// A fatal bad record under <see cref="BadRecordPolicy.CollectAndContinue"/> is the last thing it receives: the sequence ends after it.
    /// </param>
    /// <param name="options">Limits; <see cref="ResponseReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The valid responses, in stream order.</returns>
    /// <exception cref="ArgumentException">An argument is null or out of range, or <paramref name="onBadRecord"/> is missing under <see cref="BadRecordPolicy.CollectAndContinue"/>.</exception>
    /// <exception cref="BadRecordException">While enumerating, under <see cref="BadRecordPolicy.StopAtFirst"/> only: the first bad record, with its true position.</exception>
    public static IAsyncEnumerable<Response> ReadAsync(
        Stream stream,
        ResponseStreamFormat format,
        BadRecordPolicy policy = BadRecordPolicy.StopAtFirst,
        Action<BadRecord>? onBadRecord = null,
        ResponseReadOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(stream);
        Preconditions.Defined(format);
        Preconditions.Defined(policy);
        if (policy == BadRecordPolicy.CollectAndContinue && onBadRecord is null)
        {
            throw Preconditions.Required(nameof(onBadRecord), "collecting bad records needs a receiver for them, so that none is ignored silently.");
        }

        return ReadCoreAsync(Source(stream, format, options), policy, onBadRecord, cancellationToken);
    }

    /// <summary>The record source for a layout.</summary>
    internal static RecordSource Source(Stream stream, ResponseStreamFormat format, ResponseReadOptions? options)
    {
        var max = (options ?? ResponseReadOptions.Default).MaxRecordBytes;
        return format == ResponseStreamFormat.JsonLines ? new JsonLinesSource(stream, max) : new JsonArraySource(stream, max);
    }

    private static async IAsyncEnumerable<Response> ReadCoreAsync(RecordSource source, BadRecordPolicy policy, Action<BadRecord>? onBadRecord, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = new ResponseRecordReader(source.Kind);
        do
        {
            while (Next(source, reader, cancellationToken, out var response, out var bad, out var fatal))
            {
                if (bad is not null)
                {
                    onBadRecord?.Invoke(bad);
                    if (policy == BadRecordPolicy.StopAtFirst)
                    {
                        throw new BadRecordException(bad);
                    }

                    if (fatal)
                    {
                        yield break;
                    }

                    continue;
                }

                yield return response!;
            }
        }
        while (await source.FillAsync(cancellationToken).ConfigureAwait(false));
    }

    // The record's bytes live in the source's buffer: they are parsed here, outside the iterator.
    private static bool Next(RecordSource source, ResponseRecordReader reader, CancellationToken cancellationToken, out Response? response, out BadRecord? bad, out bool fatal)
    {
        cancellationToken.ThrowIfCancellationRequested();
        response = null;
        bad = null;
        fatal = false;
        if (!source.TryNext(out var record))
        {
            return false;
        }

        fatal = record.Fatal;
        bad = record.Bad;
        if (bad is null)
        {
            response = reader.Read(source.Bytes(record), record.Position, out bad);
        }

        return true;
    }
}
