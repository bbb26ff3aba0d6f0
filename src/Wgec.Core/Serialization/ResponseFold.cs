using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Wgec.Core.Identifiers;
using Wgec.Core.Consultation;

namespace Wgec.Core.Serialization;

/// <summary>
/// Folds responses incrementally into the distribution of respondents and the question ×
/// stakeholder group count matrix, without keeping the responses.
/// </summary>
/// <remarks>
/// <para>
/// Memory does not grow with the number of responses or the size of answers: the fold keeps a
/// fixed-size matrix and, per distinct respondent, the time, group and answered-question bits of
/// their current submission (so a later submission supersedes an earlier one exactly as in
/// <see cref="ConsultationRecord"/>). A response whose respondent is unknown, that answers an
/// unknown question, or whose answer does not fit its question, is a bad record.
/// </para>
/// <para>Pure apart from reading the caller's stream; thread-safe.</para>
/// </remarks>
public static class ResponseFold
{
    /// <summary>Folds a sequence of responses. Positions of bad records are 0-based indexes in the sequence.</summary>
    /// <param name="responses">The responses.</param>
    /// <param name="questionnaire">The questionnaire they answer.</param>
    /// <param name="categoryOf">The category of a respondent, or <see langword="null"/> when the respondent is unknown.</param>
    /// <param name="policy">What to do with a bad record.</param>
    /// <param name="cancellationToken">Cancels the fold.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">An argument is null or out of range.</exception>
    /// <exception cref="BadRecordException">A bad record under <see cref="BadRecordPolicy.StopAtFirst"/>.</exception>
    public static Task<ResponseFoldResult> FoldAsync(
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
        return FoldCoreAsync(Indexed(responses, cancellationToken), questionnaire, categoryOf, policy, cancellationToken);
    }

    /// <summary>Reads and folds a stream of responses (a JSON array or JSON Lines).</summary>
    /// <param name="stream">The stream; read forward once and left open.</param>
    /// <param name="format">The layout of the stream.</param>
    /// <param name="questionnaire">The questionnaire the responses answer.</param>
    /// <param name="categoryOf">The category of a respondent, or <see langword="null"/> when the respondent is unknown.</param>
    /// <param name="policy">What to do with a bad record; collected ones are in <see cref="ResponseFoldResult.BadRecords"/>.</param>
    /// <param name="options">Serializer options configured for Wgec.Core; <see cref="WgecJson.Options"/> when null.</param>
    /// <param name="cancellationToken">Cancels the fold.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">An argument is null or out of range.</exception>
    /// <exception cref="BadRecordException">
    /// A bad record under <see cref="BadRecordPolicy.StopAtFirst"/>, or malformed JSON inside a JSON array.
    /// </exception>
    public static Task<ResponseFoldResult> ReadAndFoldAsync(
        Stream stream,
        ResponseStreamFormat format,
        Questionnaire questionnaire,
        Func<RespondentId, RespondentCategory?> categoryOf,
        BadRecordPolicy policy = BadRecordPolicy.StopAtFirst,
        JsonSerializerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(stream);
        Preconditions.Defined(format);
        Preconditions.NotNull(questionnaire);
        Preconditions.NotNull(categoryOf);
        Preconditions.Defined(policy);
        var kind = format == ResponseStreamFormat.JsonLines ? RecordPositionKind.Line : RecordPositionKind.Index;
        return FoldCoreAsync(
            WithPositions(ResponseReader.ReadRecordsAsync(stream, format, options ?? WgecJson.Options, cancellationToken), kind, cancellationToken),
            questionnaire,
            categoryOf,
            policy,
            cancellationToken);
    }

    private static async Task<ResponseFoldResult> FoldCoreAsync(
        IAsyncEnumerable<(Response? Response, BadRecord? Bad, bool Fatal, RecordPositionKind Kind, long Position)> records,
        Questionnaire questionnaire,
        Func<RespondentId, RespondentCategory?> categoryOf,
        BadRecordPolicy policy,
        CancellationToken cancellationToken)
    {
        var tally = new ResponseTally(questionnaire);
        var bad = new List<BadRecord>();
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var problem = record.Bad;
            var category = record.Response is null ? null : categoryOf(record.Response.RespondentId);
            if (problem is null && tally.Check(record.Response!, category) is { } fault)
            {
                problem = new BadRecord(record.Kind, record.Position, fault.Rule, fault.Message);
            }

            if (problem is not null)
            {
                bad.Add(problem);
                if (record.Fatal || policy == BadRecordPolicy.StopAtFirst)
                {
                    throw new BadRecordException(problem);
                }

                continue;
            }

            tally.Add(record.Response!, category!);
        }

        return new ResponseFoldResult(tally.Distribution(), tally.Matrix(), tally.Folded, tally.Superseded, tally.Late, bad);
    }

    private static async IAsyncEnumerable<(Response? Response, BadRecord? Bad, bool Fatal, RecordPositionKind Kind, long Position)> Indexed(
        IAsyncEnumerable<Response> responses,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long index = 0;
        await foreach (var response in responses.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return response is null
                ? (null, new BadRecord(RecordPositionKind.Index, index, "null-record", "the record is null, not a response."), false, RecordPositionKind.Index, index)
                : (response, null, false, RecordPositionKind.Index, index);
            index++;
        }
    }

    private static async IAsyncEnumerable<(Response? Response, BadRecord? Bad, bool Fatal, RecordPositionKind Kind, long Position)> WithPositions(
        IAsyncEnumerable<(Response? Response, BadRecord? Bad, bool Fatal, long Position)> records,
        RecordPositionKind kind,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return (record.Response, record.Bad, record.Fatal, kind, record.Position);
        }
    }
}
