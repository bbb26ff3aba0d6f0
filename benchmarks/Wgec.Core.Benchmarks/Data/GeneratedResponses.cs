using System;
using System.Buffers;
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
        var random = new Random(DataGenerator.Seed);
        var questionnaire = DataGenerator.Questionnaire();
        var respondents = Math.Clamp(count / 4, 1, 25_000);
        var categories = Enumerable.Range(0, respondents).Select(i => new RespondentCategory(DataGenerator.GroupOf(i))).ToArray();
        var info = (JsonTypeInfo<Response>)WgecJson.Options.GetTypeInfo(typeof(Response));
        var buffer = new ArrayBufferWriter<byte>(count * 400);
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

            var response = new Response(new RespondentId($"g-{who:000000}"), start + Duration.FromSeconds(random.Next(0, 112 * 24 * 3600)), "en", answers);
            JsonSerializer.Serialize(writer, response, info);
            writer.Flush();
            buffer.Write("\n"u8);
            writer.Reset(buffer);
        }

        return new GeneratedResponses(buffer.WrittenSpan.ToArray(), questionnaire, categories, count);
    }
}
