using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CsCheck;
using NodaTime;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Consultation;

public sealed class ResponseFoldTests
{
    private static readonly StakeholderGroup[] Groups = Enum.GetValues<StakeholderGroup>();

    [Fact]
    public async Task FoldAsync_SampleConsultation_EqualsInMemoryPivots()
    {
        var record = SampleConsultation.Record();

        var result = await ResponseFold.FoldAsync(ToAsync(SampleConsultation.Submissions()), record.Questionnaire, CategoryOf(record), cancellationToken: TestContext.Current.CancellationToken);

        result.Distribution.Should().Be(record.Distribution());
        result.Matrix.Should().Be(record.CountMatrix());
        result.Folded.Should().Be(11);
        result.Superseded.Should().Be(1);
        result.Late.Should().Be(1);
        result.BadRecords.Should().BeEmpty();
    }

    [Theory]
    [InlineData(ResponseStreamFormat.JsonLines)]
    [InlineData(ResponseStreamFormat.JsonArray)]
    public async Task ReadAndFoldAsync_SampleConsultation_EqualsInMemoryPivots(ResponseStreamFormat format)
    {
        var record = SampleConsultation.Record();
        using var stream = Write(SampleConsultation.Submissions(), format);

        var result = await ResponseFold.ReadAndFoldAsync(stream, format, record.Questionnaire, CategoryOf(record), cancellationToken: TestContext.Current.CancellationToken);

        result.Distribution.Should().Be(record.Distribution());
        result.Matrix.Should().Be(record.CountMatrix());
    }

    [Fact]
    public async Task ReadAndFoldAsync_100000GeneratedResponses_CountsEqualInMemoryPivots()
    {
        const int respondentCount = 25_000;
        const int responseCount = 100_000;
        var questionnaire = Wgec2013Consultation.Questionnaire();
        var respondents = Enumerable.Range(0, respondentCount)
            .Select(i => new Respondent(new RespondentId("g" + i), new RespondentCategory(Groups[i % Groups.Length])))
            .ToArray();
        var random = new Random(2013);
        var start = Instant.FromUtc(2013, 6, 1, 0, 0);
        var responses = new Wgec.Core.Consultation.Response[responseCount];
        for (var i = 0; i < responseCount; i++)
        {
            var who = i < respondentCount ? i : random.Next(respondentCount);
            var answers = Enumerable.Range(1, 18).Where(_ => random.Next(3) > 0).Select(q => Answer.FreeText(q, "answer " + q));
            responses[i] = new(respondents[who].Id, start + Duration.FromMinutes(random.Next(160_000)), "en", answers);
        }

        using var stream = Write(responses, ResponseStreamFormat.JsonLines);
        var byId = respondents.ToDictionary(r => r.Id, r => r.Category);
        var folded = await ResponseFold.ReadAndFoldAsync(stream, ResponseStreamFormat.JsonLines, questionnaire, id => byId.GetValueOrDefault(id), BadRecordPolicy.CollectAndContinue, cancellationToken: TestContext.Current.CancellationToken);
        var record = new ConsultationRecord(questionnaire, respondents: respondents, submissions: responses);

        folded.Folded.Should().Be(responseCount);
        folded.BadRecords.Should().BeEmpty();
        folded.Superseded.Should().Be(responseCount - respondentCount);
        folded.Superseded.Should().Be(record.SupersededSubmissions.Length);
        folded.Late.Should().Be(record.LateSubmissions.Length);
        folded.Distribution.Total.Should().Be(respondentCount);
        folded.Distribution.Should().Be(record.Distribution());
        folded.Matrix.Should().Be(record.CountMatrix());
    }

    [Fact]
    public async Task ReadAndFoldAsync_UnknownRespondentAndQuestion_AreBadRecordsWithLines()
    {
        var record = SampleConsultation.Record();
        var submissions = new[]
        {
            SampleConsultation.Submit("r01", SampleConsultation.Early, Answer.FreeText(2, "ok")),
            SampleConsultation.Submit("r99", SampleConsultation.Early, Answer.FreeText(2, "who?")),
            SampleConsultation.Submit("r02", SampleConsultation.Early, Answer.FreeText(9, "which?")),
            SampleConsultation.Submit("r02", SampleConsultation.Early, Answer.Choice(3, "w")),
        };
        using var stream = Write(submissions, ResponseStreamFormat.JsonLines);

        var result = await ResponseFold.ReadAndFoldAsync(stream, ResponseStreamFormat.JsonLines, record.Questionnaire, CategoryOf(record), BadRecordPolicy.CollectAndContinue, cancellationToken: TestContext.Current.CancellationToken);

        result.Folded.Should().Be(1);
        result.BadRecords.Select(b => (b.Position, b.Rule)).Should().Equal((2L, "unknown-respondent"), (3L, "unknown-question"), (4L, "unknown-option"));
        result.Distribution.Total.Should().Be(1);
    }

    [Fact]
    public async Task ReadAndFoldAsync_BadByteOnLine300Of400_Collect_Folds399_ReturnsTheBadRecord_DoesNotThrow()
    {
        var record = SampleConsultation.Record();
        var ids = record.Respondents.Select(r => r.Id.Value).ToArray();
        var lines = Enumerable.Range(0, 400)
            .Select(i => JsonSerializer.SerializeToUtf8Bytes(SampleConsultation.Submit(ids[i % ids.Length], SampleConsultation.Early.Plus(Duration.FromMinutes(i)), Answer.FreeText(2, "answer " + i)), WgecJson.Options))
            .ToList();
        lines[299] = [.. lines[299].Take(30), 0xC0, .. lines[299].Skip(30)];
        var bytes = lines.SelectMany(l => l.Append((byte)'\n')).ToArray();

        var result = await ResponseFold.ReadAndFoldAsync(new MemoryStream(bytes), ResponseStreamFormat.JsonLines, record.Questionnaire, CategoryOf(record), BadRecordPolicy.CollectAndContinue, cancellationToken: TestContext.Current.CancellationToken);

        result.Folded.Should().Be(399);
        var bad = result.BadRecords.Should().ContainSingle().Which;
        (bad.PositionKind, bad.Position, bad.Rule).Should().Be((RecordPositionKind.Line, 300L, "invalid-utf8"));
        (result.Folded + result.BadRecords.Length).Should().Be(400);
        var act = () => ResponseFold.ReadAndFoldAsync(new MemoryStream(bytes), ResponseStreamFormat.JsonLines, record.Questionnaire, CategoryOf(record), cancellationToken: TestContext.Current.CancellationToken);
        (await act.Should().ThrowAsync<BadRecordException>()).Which.Record.Position.Should().Be(300);
    }

    [Fact]
    public async Task ReadAndFoldAsync_EveryKindOfBadLine_LinesInEqualResponsesPlusBadRecords()
    {
        var record = SampleConsultation.Record();
        var good = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(SampleConsultation.Submit("r01", SampleConsultation.Early, Answer.FreeText(2, "ok")), WgecJson.Options));
        byte[] bytes =
        [
            0xFF, 0xFE, .. Encoding.UTF8.GetBytes(good + "\n"),                                // 1: foreign byte-order mark
            .. Encoding.UTF8.GetBytes(good + "\r\n"),                                          // 2
            .. Encoding.UTF8.GetBytes("{\"respondentId\":\"r01\",\"x\":" + new string('1', 400) + "}\n"), // 3: over the limit
            .. Encoding.UTF8.GetBytes("\n"),                                                   // 4: blank
            .. Encoding.UTF8.GetBytes(good.Replace("r01", "r99", StringComparison.Ordinal) + "\n"), // 5: unknown respondent
            .. Encoding.UTF8.GetBytes("[1,2]\n"),                                              // 6: not a response
            .. Encoding.UTF8.GetBytes(good),                                                   // 7: no final newline
        ];

        var result = await ResponseFold.ReadAndFoldAsync(new TrickleStream(bytes), ResponseStreamFormat.JsonLines, record.Questionnaire, CategoryOf(record), BadRecordPolicy.CollectAndContinue, new ResponseReadOptions(maxRecordBytes: 300), TestContext.Current.CancellationToken);

        result.Folded.Should().Be(2);
        result.Superseded.Should().Be(1);
        result.BadRecords.Select(b => (b.Position, b.Rule)).Should().Equal(
            (1L, "foreign-byte-order-mark"), (3L, "record-too-long"), (5L, "unknown-respondent"), (6L, "invalid-type"));
        (result.Folded + result.BadRecords.Length).Should().Be(6);
    }

    [Fact]
    public async Task ReadAndFoldAsync_ArrayWithABadElementAndTruncated_Collect_ReturnsWhatWasFolded()
    {
        var record = SampleConsultation.Record();
        var good = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(SampleConsultation.Submit("r01", SampleConsultation.Early, Answer.FreeText(2, "ok")), WgecJson.Options));
        var text = $"[{good}, {{\"respondentId\": }}, {good.Replace("r01", "r02", StringComparison.Ordinal)}, {{\"respondentId\":";

        var result = await ResponseFold.ReadAndFoldAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), ResponseStreamFormat.JsonArray, record.Questionnaire, CategoryOf(record), BadRecordPolicy.CollectAndContinue, cancellationToken: TestContext.Current.CancellationToken);

        result.Folded.Should().Be(2);
        result.BadRecords.Select(b => (b.PositionKind, b.Position, b.Rule)).Should().Equal(
            (RecordPositionKind.Index, 1L, "malformed-json"), (RecordPositionKind.Index, 3L, "malformed-json"));
        result.BadRecords[1].Message.Should().Contain("Reading stops here");
    }

    [Fact]
    public async Task FoldAsync_StopAtFirst_ThrowsWithIndex()
    {
        var record = SampleConsultation.Record();
        var act = () => ResponseFold.FoldAsync(
            ToAsync([SampleConsultation.Submit("r01", SampleConsultation.Early), SampleConsultation.Submit("r99", SampleConsultation.Early)]),
            record.Questionnaire,
            CategoryOf(record), cancellationToken: TestContext.Current.CancellationToken);

        var bad = (await act.Should().ThrowAsync<BadRecordException>()).Which.Record;
        (bad.PositionKind, bad.Position, bad.Rule).Should().Be((RecordPositionKind.Index, 1L, "unknown-respondent"));
    }

    [Fact]
    public async Task FoldAsync_AnyConsultation_EqualsInMemoryPivots()
    {
        var record = SampleConsultation.Record();
        var people = SampleConsultation.Respondents();
        var gen = Gen.Select(Gen.Int[0, people.Length - 1], Gen.Int[0, 3], Gen.Int[0, 31]).Array[0, 25];

        await gen.SampleAsync(
            async items =>
            {
                var submissions = items.Select(x => Make(people[x.Item1].Id, x.Item2, x.Item3)).ToArray();
                var expected = new ConsultationRecord(record.Questionnaire, record.Groups, people, submissions);
                var folded = await ResponseFold.FoldAsync(ToAsync(submissions), record.Questionnaire, CategoryOf(expected), cancellationToken: TestContext.Current.CancellationToken);
                folded.Distribution.Should().Be(expected.Distribution());
                folded.Matrix.Should().Be(expected.CountMatrix());
                folded.Superseded.Should().Be(expected.SupersededSubmissions.Length);
                folded.Late.Should().Be(expected.LateSubmissions.Length);
            },
            iter: 1000);
    }

    [Fact]
    public void Result_EqualityIsByContent_AndCountsAreValidated()
    {
        var record = SampleConsultation.Record();
        var result = new ResponseFoldResult(record.Distribution(), record.CountMatrix(), 11, 1, 1, [new BadRecord(RecordPositionKind.Line, 4, "unknown-respondent", "m")]);
        result.Should().Be(new ResponseFoldResult(record.Distribution(), record.CountMatrix(), 11, 1, 1, [new BadRecord(RecordPositionKind.Line, 4, "unknown-respondent", "m")]));
        var act = () => new ResponseFoldResult(record.Distribution(), record.CountMatrix(), -1, 0, 0, []);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Result_RoundTripsAsJson()
    {
        var record = SampleConsultation.Record();
        var json = Wgec.Core.Tests.Serialization.JsonAssert.RoundTrips(
            new ResponseFoldResult(record.Distribution(), record.CountMatrix(), 11, 1, 1, [new BadRecord(RecordPositionKind.Line, 4, "unknown-respondent", "m")]));
        json.Should().Contain("\"badRecords\":[{\"positionKind\":\"line\",\"position\":4,\"rule\":\"unknown-respondent\",\"message\":\"m\"}]");
        Wgec.Core.Tests.Serialization.JsonAssert.RoundTrips(new BadRecord(RecordPositionKind.Index, 0, "malformed-json", "m"));
        Wgec.Core.Tests.Serialization.JsonAssert.FailsToRead<BadRecord>("{\"positionKind\":\"line\",\"position\":0,\"rule\":\"r\",\"message\":\"m\"}", "$.position");
    }

    private static Wgec.Core.Consultation.Response Make(RespondentId id, int time, int mask)
    {
        var answers = new List<Answer>();
        if ((mask & 1) != 0)
        {
            answers.Add(Answer.Choice(1, "government"));
        }

        if ((mask & 2) != 0)
        {
            answers.Add(Answer.FreeText(2, "t"));
        }

        if ((mask & 4) != 0)
        {
            answers.Add(Answer.Choice(3, "x", "z"));
        }

        if ((mask & 8) != 0)
        {
            answers.Add(Answer.FreeText(4, "t"));
        }

        if ((mask & 16) != 0)
        {
            answers.Add(Answer.FreeText(5, "t"));
        }

        // Times 0–3 include a tie (1 and 2 equal) and a late one (3).
        var at = time switch
        {
            0 => SampleConsultation.Early,
            1 or 2 => SampleConsultation.Later,
            _ => SampleConsultation.AfterDeadline,
        };
        return new(id, at, "en", answers);
    }

    private static Func<RespondentId, RespondentCategory?> CategoryOf(ConsultationRecord record) => id => record.FindRespondent(id)?.Category;

    private static async IAsyncEnumerable<Wgec.Core.Consultation.Response> ToAsync(IEnumerable<Wgec.Core.Consultation.Response> responses)
    {
        foreach (var response in responses)
        {
            await Task.Yield();
            yield return response;
        }
    }

    private static MemoryStream Write(IReadOnlyList<Wgec.Core.Consultation.Response> responses, ResponseStreamFormat format)
    {
        var text = format == ResponseStreamFormat.JsonLines
            ? string.Concat(responses.Select(r => JsonSerializer.Serialize(r, WgecJson.Options) + "\n"))
            : "[" + string.Join(",", responses.Select(r => JsonSerializer.Serialize(r, WgecJson.Options))) + "]";
        return new MemoryStream(Encoding.UTF8.GetBytes(text));
    }
}
