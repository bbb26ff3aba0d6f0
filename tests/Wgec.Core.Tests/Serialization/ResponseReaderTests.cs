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
    public async Task JsonArray_Truncated_IsFatal_EndsTheSequenceWhenCollecting_AndSaysWhere()
    {
        var bad = new List<BadRecord>();
        var responses = await ReadAll($"[{Good1},{{\"respondentId\":", ResponseStreamFormat.JsonArray, BadRecordPolicy.CollectAndContinue, bad.Add);
        responses.Should().ContainSingle();
        var error = bad.Should().ContainSingle().Which;
        (error.Position, error.Rule).Should().Be((1L, "malformed-json"));
        error.Message.Should().Contain("ends before the array is closed").And.Contain("Reading stops here");
    }

    [Fact]
    public async Task JsonArray_Truncated_StopAtFirst_Throws()
    {
        var act = () => ReadAll($"[{Good1},{{\"respondentId\":", ResponseStreamFormat.JsonArray);
        (await act.Should().ThrowAsync<BadRecordException>()).Which.Record.Position.Should().Be(1);
    }

    [Theory]
    [InlineData("{\"a\":1}", "starts with '{'")]
    [InlineData("", "the stream is empty")]
    [InlineData("[] []", "content after the end of the array")]
    public async Task JsonArray_NotOneArray_IsAFatalBadRecord(string text, string says)
    {
        var bad = new List<BadRecord>();
        var responses = await ReadAll(text, ResponseStreamFormat.JsonArray, BadRecordPolicy.CollectAndContinue, bad.Add);
        responses.Should().BeEmpty();
        var record = bad.Should().ContainSingle().Which;
        record.Rule.Should().Be("malformed-json");
        record.Message.Should().Contain(says);
    }

    [Fact]
    public async Task JsonArray_BadElements_AreBadRecordsAtTheirIndex_AndReadingGoesOn()
    {
        var bad = new List<BadRecord>();
        var text = $"[{Good1}, {{\"respondentId\": tru }}, null, \"x\", , {Good2}]";
        var responses = await ReadAll(text, ResponseStreamFormat.JsonArray, BadRecordPolicy.CollectAndContinue, bad.Add);
        responses.Select(r => r.RespondentId.Value).Should().Equal("r01", "r02");
        bad.Select(b => (b.PositionKind, b.Position, b.Rule)).Should().Equal(
            (RecordPositionKind.Index, 1L, "malformed-json"),
            (RecordPositionKind.Index, 2L, "null-record"),
            (RecordPositionKind.Index, 3L, "invalid-type"),
            (RecordPositionKind.Index, 4L, "malformed-json"));
        (responses.Count + bad.Count).Should().Be(6);
    }

    [Fact]
    public async Task JsonArray_InvalidUtf8AndOverLongElement_AreBadRecords_AndReadingGoesOn()
    {
        var overLong = Good1.Replace("\"text\":\"a\"", "\"text\":\"" + new string('a', 300) + "\"", StringComparison.Ordinal);
        byte[] bytes = [.. Utf8("[" + Good1 + ","), .. Utf8(Good1.Replace("\"text\":\"a\"}]}", "\"text\":\"", StringComparison.Ordinal)), 0xC3, 0x28, .. Utf8("\"}]}," + overLong + "," + Good2 + "]")];
        var bad = new List<BadRecord>();
        var responses = await ReadAll(bytes, ResponseStreamFormat.JsonArray, BadRecordPolicy.CollectAndContinue, bad.Add, new ResponseReadOptions(maxRecordBytes: 200), oneByteAtATime: true);
        responses.Select(r => r.RespondentId.Value).Should().Equal("r01", "r02");
        bad.Select(b => (b.Position, b.Rule)).Should().Equal((1L, "invalid-utf8"), (2L, "record-too-long"));
    }

    [Fact]
    public async Task JsonLines_BadByteOnLine300Of400_Gives399ResponsesAndOneBadRecordAtLine300()
    {
        var lines = Enumerable.Range(1, 400).Select(i => Utf8(Good1.Replace("r01", "r" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))).ToList();
        lines[299] = [.. lines[299].Take(40), 0xFF, .. lines[299].Skip(40)];
        var bytes = lines.SelectMany(l => l.Append((byte)'\n')).ToArray();
        var bad = new List<BadRecord>();

        var responses = await ReadAll(bytes, ResponseStreamFormat.JsonLines, BadRecordPolicy.CollectAndContinue, bad.Add);

        responses.Should().HaveCount(399);
        responses.Select(r => r.RespondentId.Value).Should().NotContain("r300").And.Contain("r299").And.Contain("r301");
        var record = bad.Should().ContainSingle().Which;
        (record.Position, record.Rule).Should().Be((300L, "invalid-utf8"));
        record.Message.Should().StartWith("byte 41 of the line");
        var act = () => ReadAll(bytes, ResponseStreamFormat.JsonLines);
        (await act.Should().ThrowAsync<BadRecordException>()).Which.Record.Position.Should().Be(300);
    }

    [Fact]
    public async Task JsonLines_OverLongLine_IsABadRecordAtItsLine_SkippedWithoutHoldingIt()
    {
        var longLine = Good1.Replace("\"a\"", "\"" + new string('x', 5000) + "\"", StringComparison.Ordinal);
        var text = Lines(Good1, longLine, Good2, longLine);
        var bad = new List<BadRecord>();
        var responses = await ReadAll(Utf8(text), ResponseStreamFormat.JsonLines, BadRecordPolicy.CollectAndContinue, bad.Add, new ResponseReadOptions(maxRecordBytes: 1000), oneByteAtATime: true);
        responses.Should().HaveCount(2);
        bad.Select(b => (b.Position, b.Rule)).Should().Equal((2L, "record-too-long"), (4L, "record-too-long"));
        bad[0].Message.Should().Contain("1,000 bytes");
        var act = () => ReadAll(Utf8(text), ResponseStreamFormat.JsonLines, options: new ResponseReadOptions(maxRecordBytes: 1000));
        (await act.Should().ThrowAsync<BadRecordException>()).Which.Record.Position.Should().Be(2);
    }

    [Fact]
    public async Task JsonLines_LineAtTheLimit_IsRead_WithOrWithoutCarriageReturn()
    {
        var options = new ResponseReadOptions(maxRecordBytes: Good1.Length);
        (await ReadAll(Utf8(Good1 + "\r\n" + Good1 + "\n" + Good1), ResponseStreamFormat.JsonLines, options: options, oneByteAtATime: true)).Should().HaveCount(3);
        var bad = new List<BadRecord>();
        await ReadAll(Utf8(Good1 + " \n" + Good1), ResponseStreamFormat.JsonLines, BadRecordPolicy.CollectAndContinue, bad.Add, options);
        bad.Should().ContainSingle().Which.Position.Should().Be(1);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE }, "UTF-16 little-endian")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "UTF-16 big-endian")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, "UTF-32 little-endian")]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF }, "UTF-32 big-endian")]
    public async Task JsonLines_ForeignByteOrderMark_IsABadRecordOnItsLine_AndReadingGoesOn(byte[] mark, string encoding)
    {
        var bytes = mark.Concat(Utf8(Lines(Good1, Good2))).ToArray();
        var bad = new List<BadRecord>();
        var responses = await ReadAll(bytes, ResponseStreamFormat.JsonLines, BadRecordPolicy.CollectAndContinue, bad.Add);
        responses.Should().ContainSingle().Which.RespondentId.Value.Should().Be("r02");
        var record = bad.Should().ContainSingle().Which;
        (record.Position, record.Rule).Should().Be((1L, "foreign-byte-order-mark"));
        record.Message.Should().Contain(encoding);
    }

    [Theory]
    [InlineData(ResponseStreamFormat.JsonLines)]
    [InlineData(ResponseStreamFormat.JsonArray)]
    public async Task Utf8ByteOrderMarkAtTheStart_IsAccepted(ResponseStreamFormat format)
    {
        var text = format == ResponseStreamFormat.JsonLines ? Lines(Good1, Good2) : $"[{Good1},{Good2}]";
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8(text)).ToArray();
        (await ReadAll(bytes, format, oneByteAtATime: true)).Should().HaveCount(2);
    }

    [Fact]
    public async Task JsonLines_BlankLinesCrlfAndALastLineWithoutNewline_KeepTrueLineNumbers()
    {
        var text = "\r\n   \t\r\n" + Good1 + "\r\n\r\n" + Invalid + "\r\n" + Good2;
        var bad = new List<BadRecord>();
        var responses = await ReadAll(Utf8(text), ResponseStreamFormat.JsonLines, BadRecordPolicy.CollectAndContinue, bad.Add, oneByteAtATime: true);
        responses.Select(r => r.RespondentId.Value).Should().Equal("r01", "r02");
        bad.Should().ContainSingle().Which.Position.Should().Be(5);
    }

    [Fact]
    public async Task JsonLines_MoreThanOneValueOnALine_IsMalformed()
    {
        var bad = new List<BadRecord>();
        var responses = await ReadAll(Lines(Good1 + " " + Good2, Good2), ResponseStreamFormat.JsonLines, BadRecordPolicy.CollectAndContinue, bad.Add);
        responses.Should().ContainSingle();
        var record = bad.Should().ContainSingle().Which;
        (record.Position, record.Rule).Should().Be((1L, "malformed-json"));
        record.Message.Should().StartWith("malformed JSON in the record: ").And.Contain("(line 1, byte ").And.NotContain("LineNumber");
    }

    [Fact]
    public async Task JsonArray_MalformedOnTheFourthLineOfAnElement_NamesThatLineOfTheElement()
    {
        var bad = new List<BadRecord>();
        var element = "{\n  \"respondentId\": \"r09\",\n  \"language\": \"en\",\n  \"answers\": [tru]\n}";
        var responses = await ReadAll($"[{Good1},\n{element},\n{Good2}]", ResponseStreamFormat.JsonArray, BadRecordPolicy.CollectAndContinue, bad.Add);
        responses.Should().HaveCount(2);
        var record = bad.Should().ContainSingle().Which;
        (record.Position, record.Rule).Should().Be((1L, "malformed-json"));
        record.Message.Should().StartWith("malformed JSON in the record: ").And.Contain("(line 4, byte ");
    }

    [Fact]
    public async Task JsonLines_SplitAcrossReadsOneByteAtATime_ReadsTheSameAsAtOnce()
    {
        var text = Lines(Good1, "", "{not json", Invalid, "null", Good2);
        var badAtOnce = new List<BadRecord>();
        var badTrickled = new List<BadRecord>();
        var atOnce = await ReadAll(Utf8(text), ResponseStreamFormat.JsonLines, BadRecordPolicy.CollectAndContinue, badAtOnce.Add);
        var trickled = await ReadAll(Utf8(text), ResponseStreamFormat.JsonLines, BadRecordPolicy.CollectAndContinue, badTrickled.Add, oneByteAtATime: true);
        trickled.Should().Equal(atOnce);
        badTrickled.Should().Equal(badAtOnce);
        (trickled.Count + badTrickled.Count).Should().Be(5);
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

    internal static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static Task<List<Wgec.Core.Consultation.Response>> ReadAll(
        string text,
        ResponseStreamFormat format,
        BadRecordPolicy policy = BadRecordPolicy.StopAtFirst,
        Action<BadRecord>? onBad = null,
        CancellationToken? cancellationToken = null) =>
        ReadAll(Utf8(text), format, policy, onBad, cancellationToken: cancellationToken);

    private static async Task<List<Wgec.Core.Consultation.Response>> ReadAll(
        byte[] bytes,
        ResponseStreamFormat format,
        BadRecordPolicy policy = BadRecordPolicy.StopAtFirst,
        Action<BadRecord>? onBad = null,
        ResponseReadOptions? options = null,
        bool oneByteAtATime = false,
        CancellationToken? cancellationToken = null)
    {
        using Stream stream = oneByteAtATime ? new TrickleStream(bytes) : new MemoryStream(bytes);
        var list = new List<Wgec.Core.Consultation.Response>();
        await foreach (var response in ResponseReader.ReadAsync(stream, format, policy, onBad, options, cancellationToken ?? TestContext.Current.CancellationToken))
        {
            list.Add(response);
        }

        return list;
    }
}
