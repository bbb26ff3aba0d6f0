using System;
using System.Buffers;
using System.IO;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Serialization;

namespace Wgec.Core.Benchmarks.Data;

/// <summary>
/// A generated consultation stream in JSON Lines, held in memory: <c>count</c> responses from a pool
/// of respondents (a quarter of the count, at most 25,000, so later submissions supersede earlier
/// ones), each answering every question with probability 1/3 (about 6 answers of 2–6 words).
/// Every line is written by the library's own converter, so it is valid input for the fold.
/// </summary>
public sealed class GeneratedResponses
{
    private GeneratedResponses(byte[] utf8, Questionnaire questionnaire, RespondentCategory[] categories, int count)
    {
        Utf8 = utf8;
        Questionnaire = questionnaire;
        Categories = categories;
        Count = count;
    }

    public byte[] Utf8 { get; }

    public Questionnaire Questionnaire { get; }

    public int Count { get; }

    /// <summary>Categories indexed by respondent number ("g-000042" is 42).</summary>
    public IReadOnlyList<RespondentCategory> Categories { get; }

    public RespondentCategory? CategoryOf(RespondentId id)
    {
        var text = id.Value;
        return text.Length > 2 && text[0] == 'g' && int.TryParse(text.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n < Categories.Count
            ? Categories[n]
            : null;
    }

    public static GeneratedResponses Create(int count)
    {
        var buffer = new ArrayBufferWriter<byte>(count * 400);
        var (questionnaire, categories) = Generate(count, buffer, flush: null);
        return new GeneratedResponses(buffer.WrittenSpan.ToArray(), questionnaire, categories, count);
    }

    /// <summary>
    /// Writes the same lines as <see cref="Create"/> to a stream as they are made, so that a file of
    /// any count is written without holding it; returns what <see cref="Create"/> holds but the bytes.
    /// </summary>
    public static (Questionnaire Questionnaire, RespondentCategory[] Categories) WriteTo(Stream stream, int count)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        return Generate(count, buffer, () =>
        {
            if (buffer.WrittenCount > (1 << 19))
            {
                stream.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }, () => stream.Write(buffer.WrittenSpan));
    }

    private static (Questionnaire, RespondentCategory[]) Generate(int count, ArrayBufferWriter<byte> buffer, Action? flush, Action? end = null)
    {
        var random = new Random(DataGenerator.Seed);
        var questionnaire = DataGenerator.Questionnaire();
        var respondents = Math.Clamp(count / 4, 1, 25_000);
        var categories = Enumerable.Range(0, respondents).Select(i => new RespondentCategory(DataGenerator.GroupOf(i))).ToArray();
        var info = (JsonTypeInfo<Response>)WgecJson.Options.GetTypeInfo(typeof(Response));
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var start = Instant.FromUtc(2013, 6, 1, 0, 0);
        var answers = new List<Answer>(18);
        for (var i = 0; i < count; i++)
        {
            var who = i < respondents ? i : random.Next(respondents);
            answers.Clear();
            for (var q = 1; q <= 18; q++)
            {
                if (random.Next(3) != 0)
                {
                    continue;
                }

                answers.Add(q switch
                {
                    1 => Answer.Choice(1, DataGenerator.ProfileOptions[(int)categories[who].Group]),
                    3 => Answer.Choice(3, DataGenerator.IssueOptions[random.Next(DataGenerator.IssueOptions.Length)]),
                    _ => Answer.FreeText(q, DataGenerator.Sentence(random, 2, 6)),
                });
            }

            var response = new Response(RespondentIdOf(who), start + Duration.FromSeconds(random.Next(0, 112 * 24 * 3600)), "en", answers);
            JsonSerializer.Serialize(writer, response, info);
            writer.Flush();
            buffer.Write("\n"u8);
            writer.Reset(buffer);
            flush?.Invoke();
        }

        end?.Invoke();
        return (questionnaire, categories);
    }

    /// <summary>The id of respondent number <paramref name="n"/>: "g-000042".</summary>
    public static RespondentId RespondentIdOf(int n) => new($"g-{n:000000}");
}
