using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Wgec.Core.Consultation;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Consultation;

public sealed class ResponseReaderTests
{
    private const string Good1 = "{\"respondentId\":\"r01\",\"submittedAt\":\"2013-08-01T09:00:00Z\",\"language\":\"en\",\"answers\":[{\"questionNumber\":2,\"text\":\"a\"}]}";
    private const string Good2 = "{\"respondentId\":\"r02\",\"submittedAt\":\"2013-08-01T09:00:00Z\",\"language\":\"fr\",\"answers\":[]}";
    private const string Invalid = "{\"respondentId\":\"r03\",\"submittedAt\":\"2013-08-01T09:00:00Z\",\"language\":\"x\",\"answers\":[]}";

    [Fact]
    public async Task JsonLines_ReadsEveryRecord_SkippingBlankLines()
    {
        var responses = await ReadAll(Lines(Good1, "", Good2), ResponseStreamFormat.JsonLines);
        responses.Select(r => r.RespondentId.Value).Should().Equal("r01", "r02");
    }

    [Fact]
    public async Task JsonArray_ReadsEveryRecord()
    {
        var responses = await ReadAll($"[{Good1},{Good2}]", ResponseStreamFormat.JsonArray);
        responses.Select(r => r.Language).Should().Equal("en", "fr");
    }

    [Fact]
    public async Task JsonLines_StopAtFirst_ThrowsWithLineNumber()
    {
        var act = () => ReadAll(Lines(Good1, "", Invalid, Good2), ResponseStreamFormat.JsonLines);
        var error = (await act.Should().ThrowAsync<BadRecordException>()).Which.Record;
        error.PositionKind.Should().Be(RecordPositionKind.Line);
        error.Position.Should().Be(3);
        error.Rule.Should().Be("invalid-language");
        error.ToString().Should().StartWith("line 3: invalid-language");
    }

    [Fact]
    public async Task JsonLines_Collect_ReportsEachBadRecordAndGoesOn()
    {
        var bad = new List<BadRecord>();
        var responses = await ReadAll(Lines(Good1, "{not json", Invalid, "null", Good2), ResponseStreamFormat.JsonLines, BadRecordPolicy.CollectAndContinue, bad.Add);
        responses.Should().HaveCount(2);
        bad.Select(b => (b.Position, b.Rule)).Should().Equal((2L, "malformed-json"), (3L, "invalid-language"), (4L, "null-record"));
    }

    [Fact]
    public async Task JsonArray_Collect_ReportsInvalidElementByIndexAndGoesOn()
    {
        var bad = new List<BadRecord>();
        var responses = await ReadAll($"[{Good1},{Invalid},{Good2}]", ResponseStreamFormat.JsonArray, BadRecordPolicy.CollectAndContinue, bad.Add);
        responses.Should().HaveCount(2);
        var record = bad.Should().ContainSingle().Which;
        (record.PositionKind, record.Position, record.Rule).Should().Be((RecordPositionKind.Index, 1L, "invalid-language"));
    }

    [Fact]
    public async Task JsonArray_MalformedJson_StopsEvenWhenCollecting_AndSaysWhere()
    {
        var bad = new List<BadRecord>();
        var act = () => ReadAll($"[{Good1},{{\"respondentId\":", ResponseStreamFormat.JsonArray, BadRecordPolicy.CollectAndContinue, bad.Add);
        var error = (await act.Should().ThrowAsync<BadRecordException>()).Which.Record;
        error.Position.Should().Be(1);
        error.Rule.Should().Be("malformed-json");
        bad.Should().ContainSingle().Which.Should().Be(error);
    }

    [Fact]
    public async Task JsonArray_NotAnArray_IsAFatalBadRecord()
    {
        var act = () => ReadAll(Good1, ResponseStreamFormat.JsonArray, BadRecordPolicy.CollectAndContinue, _ => { });
        (await act.Should().ThrowAsync<BadRecordException>()).Which.Record.Rule.Should().Be("malformed-json");
    }

    [Fact]
    public async Task JsonLines_InvalidUtf8_IsAFatalBadRecordWithLine()
    {
        var bytes = Encoding.UTF8.GetBytes(Good1 + "\n").Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();
        using var stream = new MemoryStream(bytes);
        var bad = new List<BadRecord>();
        var act = async () =>
        {
            await foreach (var unused in ResponseReader.ReadAsync(stream, ResponseStreamFormat.JsonLines, BadRecordPolicy.CollectAndContinue, bad.Add, cancellationToken: TestContext.Current.CancellationToken))
            {
                _ = unused;
            }
        };
        (await act.Should().ThrowAsync<BadRecordException>()).Which.Record.Rule.Should().Be("invalid-utf8");
        bad.Should().ContainSingle();
    }

    [Fact]
    public void Collect_WithoutReceiver_IsRefused()
    {
        var act = () => ResponseReader.ReadAsync(new MemoryStream(), ResponseStreamFormat.JsonLines, BadRecordPolicy.CollectAndContinue);
        act.Should().Throw<ArgumentNullException>().WithParameterName("onBadRecord");
    }

    [Fact]
    public async Task Cancellation_IsObserved()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var act = () => ReadAll(Lines(Good1, Good2), ResponseStreamFormat.JsonLines, cancellationToken: cts.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void BadRecord_LineZero_IsRejected()
    {
        var act = () => new BadRecord(RecordPositionKind.Line, 0, "r", "m");
        act.Should().Throw<ArgumentOutOfRangeException>();
        new BadRecord(RecordPositionKind.Index, 0, "r", "m").ToString().Should().Be("[0]: r: m");
    }

    internal static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    private static async Task<List<Wgec.Core.Consultation.Response>> ReadAll(
        string text,
        ResponseStreamFormat format,
        BadRecordPolicy policy = BadRecordPolicy.StopAtFirst,
        Action<BadRecord>? onBad = null,
        CancellationToken? cancellationToken = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var list = new List<Wgec.Core.Consultation.Response>();
        await foreach (var response in ResponseReader.ReadAsync(stream, format, policy, onBad, cancellationToken: cancellationToken ?? TestContext.Current.CancellationToken))
        {
            list.Add(response);
        }

        return list;
    }
}
