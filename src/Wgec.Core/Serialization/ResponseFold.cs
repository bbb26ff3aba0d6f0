using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Serialization.Streaming;

namespace Wgec.Core.Serialization;

/// <summary>
/// Folds responses incrementally into the distribution of respondents and the question ×
/// stakeholder group count matrix, without keeping the responses.
/// </summary>
/// <remarks>
/// <para>
/// Memory does not grow with the number of responses or the size of answers: the fold keeps a
/// fixed-size matrix and, per distinct respondent, the category and the time, group and
/// answered-question bits of their current submission (so a later submission supersedes an earlier
/// one exactly as in <see cref="ConsultationRecord"/>). A response whose respondent is unknown, that
/// answers an unknown question, or whose answer does not fit its question, is a bad record.
/// Reading a stream, a valid response is tallied straight from its bytes, without being built.
/// </para>
/// <para>
/// The category function is asked about each respondent when first met (and about an unknown one
/// each time); it must answer the same for the same id. Pure apart from reading the caller's stream; thread-safe.
/// </para>
/// </remarks>
public static class ResponseFold
{
    /// <summary>Folds a sequence of responses. Positions of bad records are 0-based indexes in the sequence.</summary>
    /// <param name="responses">The responses.</param>
    /// <param name="questionnaire">The questionnaire they answer.</param>
    /// <param name="categoryOf">The category of a respondent, or <see langword="null"/> when the respondent is unknown.</param>
    /// <param name="policy">What to do with a bad record; collected ones are in <see cref="ResponseFoldResult.BadRecords"/>.</param>
    /// <param name="cancellationToken">Cancels the fold.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">An argument is null or out of range.</exception>
    /// <exception cref="BadRecordException">A bad record under <see cref="BadRecordPolicy.StopAtFirst"/>.</exception>
    public static async Task<ResponseFoldResult> FoldAsync(
        IAsyncEnumerable<Response> responses,
        Questionnaire questionnaire,
        Func<RespondentId, RespondentCategory?> categoryOf,
        BadRecordPolicy policy = BadRecordPolicy.StopAtFirst,
        CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(responses);
        Preconditions.NotNull(questionnaire);
        Preconditions.NotNull(categoryOf);
        Preconditions.Defined(policy);
        var tally = new ResponseTally(questionnaire, categoryOf);
        var bad = new List<BadRecord>();
        long index = 0;
        await foreach (var response in responses.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (response is null)
            {
                Keep(bad, new BadRecord(RecordPositionKind.Index, index, "null-record", "the record is null, not a response."), policy);
            }
            else
            {
                Tally(tally, response, RecordPositionKind.Index, index, bad, policy);
            }

            index++;
        }

        return Result(tally, bad);
    }

    /// <summary>Reads and folds a stream of responses (JSON Lines or one JSON array); see <see cref="ResponseReader"/> for what makes a bad record.</summary>
    /// <param name="stream">The stream, UTF-8; read forward once and left open.</param>
    /// <param name="format">The layout of the stream.</param>
    /// <param name="questionnaire">The questionnaire the responses answer.</param>
    /// <param name="categoryOf">The category of a respondent, or <see langword="null"/> when the respondent is unknown.</param>
    /// <param name="policy">
    /// What to do with a bad record. Under <see cref="BadRecordPolicy.CollectAndContinue"/> the fold never
    /// throws for the stream's content: every bad record is in <see cref="ResponseFoldResult.BadRecords"/>
    /// with its true line or index, and a fatal one (a fault in a JSON array itself) ends the fold with what was folded before it.
    /// </param>
    /// <param name="options">Limits; <see cref="ResponseReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the fold.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">An argument is null or out of range.</exception>
    /// <exception cref="BadRecordException">Under <see cref="BadRecordPolicy.StopAtFirst"/> only: the first bad record.</exception>
    public static Task<ResponseFoldResult> ReadAndFoldAsync(
        Stream stream,
        ResponseStreamFormat format,
        Questionnaire questionnaire,
        Func<RespondentId, RespondentCategory?> categoryOf,
        BadRecordPolicy policy = BadRecordPolicy.StopAtFirst,
        ResponseReadOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(stream);
        Preconditions.Defined(format);
        Preconditions.NotNull(questionnaire);
        Preconditions.NotNull(categoryOf);
        Preconditions.Defined(policy);
        return ReadAndFoldCoreAsync(ResponseReader.Source(stream, format, options), new ResponseTally(questionnaire, categoryOf), policy, cancellationToken);
    }

    private static async Task<ResponseFoldResult> ReadAndFoldCoreAsync(RecordSource source, ResponseTally tally, BadRecordPolicy policy, CancellationToken cancellationToken)
    {
        var scanner = new ResponseScanner(tally);
        var reader = new ResponseRecordReader(source.Kind);
        var bad = new List<BadRecord>();
        do
        {
            if (!FoldBuffered(source, tally, scanner, reader, bad, policy, cancellationToken))
            {
                break;
            }
        }
        while (await source.FillAsync(cancellationToken).ConfigureAwait(false));

        return Result(tally, bad);
    }

    // Every record in the buffer, parsed in place; false after a fatal record.
    private static bool FoldBuffered(RecordSource source, ResponseTally tally, ResponseScanner scanner, ResponseRecordReader reader, List<BadRecord> bad, BadRecordPolicy policy, CancellationToken cancellationToken)
    {
        while (source.TryNext(out var record))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (record.Bad is { } fault)
            {
                Keep(bad, fault, policy);
                if (record.Fatal)
                {
                    return false;
                }

                continue;
            }

            var bytes = source.Bytes(record);
            if (scanner.TryTally(bytes))
            {
                continue;
            }

            var response = reader.Read(bytes, record.Position, out var unreadable);
            if (unreadable is not null)
            {
                Keep(bad, unreadable, policy);
                continue;
            }

            Tally(tally, response!, source.Kind, record.Position, bad, policy);
        }

        return true;
    }

    private static void Tally(ResponseTally tally, Response response, RecordPositionKind kind, long position, List<BadRecord> bad, BadRecordPolicy policy)
    {
        var respondent = tally.Respondent(response);
        if (tally.Check(response, respondent) is { } fault)
        {
            Keep(bad, new BadRecord(kind, position, fault.Rule, fault.Message), policy);
            return;
        }

        tally.Add(response, respondent);
    }

    private static void Keep(List<BadRecord> bad, BadRecord record, BadRecordPolicy policy)
    {
        bad.Add(record);
        if (policy == BadRecordPolicy.StopAtFirst)
        {
            throw new BadRecordException(record);
        }
    }

    private static ResponseFoldResult Result(ResponseTally tally, List<BadRecord> bad) =>
        new(tally.Distribution(), tally.Matrix(), tally.Folded, tally.Superseded, tally.Late, bad);
}
