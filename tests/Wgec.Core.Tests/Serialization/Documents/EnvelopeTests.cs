using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Wgec.Core.Identifiers;
using Wgec.Core.Serialization;
using Wgec.Core.Serialization.Common;
using Wgec.Core.Serialization.Documents;

namespace Wgec.Core.Tests.Serialization.Documents;

/// <summary>
/// The envelope engine, exercised with a small payload (a source reference) so that each rule of
/// the envelope is tested apart from the dossier's own content.
/// </summary>
public sealed class EnvelopeTests
{
    private static readonly DocumentFormat<SourceReference, SourceReferenceDto> Format = new(
        new DocumentKind("wgec-test", new FormatVersion(1, 1), "dossier"),
        CommonMapping.ToDto,
        CommonMapping.FromDto,
        _ => ImmutableArray<PreservedMember>.Empty,
        (value, _) => value);

    private static readonly SourceReference Sample = new("Chair's report", new Uri("https://unctad.org/meeting/x"));

    private static ImmutableArray<ValidationError> Errors(string json, DossierReadOptions? options = null)
    {
        Format.TryRead(json, options, out var value, out var errors).Should().BeFalse();
        value.Should().BeNull("a failed read never yields a half-built object");
        errors.Should().NotBeEmpty();
        return errors;
    }

    private static ImmutableArray<ValidationError> Errors(byte[] utf8, DossierReadOptions? options = null)
    {
        Format.TryRead(utf8, options, out var value, out var errors).Should().BeFalse();
        value.Should().BeNull();
        return errors;
    }

    [Fact]
    public void Write_PutsEnvelopeMembersFirst_InFixedOrder()
    {
        Format.ToJson(Sample, indented: false).Should().Be(
            "{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"Chair's report\",\"address\":\"https://unctad.org/meeting/x\"}}");
    }

    [Fact]
    public void Write_Indented_UsesTwoSpacesAndLineFeeds()
    {
        var json = Format.ToJson(Sample, indented: true);
        json.Should().Contain("\n  \"format\": \"wgec-test\"").And.NotContain("\r");
    }

    [Fact]
    public void RoundTrip_ThroughEveryShape_GivesEqualValueAndIdenticalBytes()
    {
        var bytes = Format.ToUtf8Bytes(Sample, indented: false);
        Format.Read(bytes, null).Should().Be(Sample);
        Format.Read(Encoding.UTF8.GetString(bytes), null).Should().Be(Sample);
        Format.Read(new MemoryStream(bytes), null).Should().Be(Sample);
        Format.ToUtf8Bytes(Format.Read(bytes, null), indented: false).Should().Equal(bytes);
    }

    [Fact]
    public async Task RoundTrip_Async_GivesEqualValue()
    {
        using var stream = new MemoryStream();
        await Format.WriteAsync(Sample, stream, indented: true, TestContext.Current.CancellationToken);
        stream.Position = 0;
        (await Format.ReadAsync(stream, null, TestContext.Current.CancellationToken)).Should().Be(Sample);
    }

    [Theory]
    [InlineData("", "$", "empty-document")]
    [InlineData("   \n\t ", "$", "empty-document")]
    [InlineData("[]", "$", "root-not-object")]
    [InlineData("42", "$", "root-not-object")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\"}", "$", "required")]
    [InlineData("{\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"c\"}}", "$", "required")]
    [InlineData("{\"format\":\"other\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"c\"}}", "$.format", "unknown-format")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"2.0\",\"dossier\":{\"citation\":\"c\"}}", "$.formatVersion", "unsupported-version")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"one\",\"dossier\":{\"citation\":\"c\"}}", "$.formatVersion", "invalid-version")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":1.1,\"dossier\":{\"citation\":\"c\"}}", "$.formatVersion", "invalid-type")]
    [InlineData("{\"format\":\"wgec-test\",\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"c\"}}", "$.format", "duplicate-member")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"$type\":\"System.IO.File\",\"dossier\":{\"citation\":\"c\"}}", "$.$type", "unknown-member")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"c\"}} {}", "$", "trailing-content")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"c\"}", "$", "invalid-json")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\" \"}}", "$.dossier.citation", "invalid")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"c\",\"extra\":1}}", "$.dossier.extra", "unknown-member")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":42}}", "$.dossier.citation", "invalid-json")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":null}", "$.dossier", "required")]
    public void Read_InvalidEnvelope_ReportsPathAndRule(string json, string path, string rule)
    {
        Errors(json).Should().Contain(e => e.Path == path && e.Rule == rule, "errors were: {0}", string.Join(" | ", Errors(json)));
    }

    [Fact]
    public void Read_MissingEverything_CollectsEveryError()
    {
        Errors("{}").Select(e => e.Message).Should().HaveCount(3)
            .And.Contain(m => m.Contains("'format'"))
            .And.Contain(m => m.Contains("'formatVersion'"))
            .And.Contain(m => m.Contains("'dossier'"));
    }

    [Fact]
    public void Read_FutureMajorVersion_SaysWhatThisReaderReads()
    {
        Errors("{\"format\":\"wgec-test\",\"formatVersion\":\"9.0\",\"dossier\":{}}")
            .Should().ContainSingle().Which.Message.Should().Contain("9.0 is not supported").And.Contain("1.0 to 1.x");
    }

    [Fact]
    public void Read_ByteOrderMark_IsRejected()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Format.ToUtf8Bytes(Sample, false)).ToArray();
        Errors(bytes).Should().ContainSingle().Which.Rule.Should().Be("byte-order-mark");
    }

    [Fact]
    public void Read_InvalidUtf8_IsAnErrorNotAnException()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"XX\"}}");
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        Errors(bytes).Should().ContainSingle().Which.Rule.Should().Be("invalid-json");
    }

    [Theory]
    [InlineData("{\"format\":\"wgec-tXst\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"c\"}}", "$.format")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"1.X\",\"dossier\":{\"citation\":\"c\"}}", "$.formatVersion")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"Xx\":1,\"dossier\":{\"citation\":\"c\"}}", "$")]
    public void Read_InvalidUtf8InEnvelope_IsAnErrorAtTheMember(string json, string path)
    {
        // Found by libFuzzer: the envelope scan decoded strings itself and let the reader's
        // InvalidOperationException escape.
        var bytes = Encoding.UTF8.GetBytes(json);
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;
        var error = Errors(bytes).Should().ContainSingle().Subject;
        error.Path.Should().Be(path);
        error.Rule.Should().Be("invalid-json");
        error.Message.Should().Contain("not valid UTF-8");
    }

    [Fact]
    public void Read_LoneSurrogateInString_IsAnError()
    {
        Errors("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"\\ud800\"}}")
            .Should().ContainSingle().Which.Path.Should().StartWith("$.dossier");
    }

    [Fact]
    public void Read_LoneSurrogateInDotNetString_IsAnError()
    {
        Errors("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"\ud800\"}}")
            .Should().ContainSingle().Which.Rule.Should().Be("invalid-text");
    }

    [Fact]
    public void Read_DeepNesting_IsRejectedQuickly()
    {
        var json = "{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":" + new string('[', 100_000) + new string(']', 100_000) + "}";
        Errors(json).Should().ContainSingle().Which.Message.Should().Contain("depth");
    }

    [Fact]
    public void Read_InputOverLimit_IsRejectedBeforeParsing()
    {
        var json = Format.ToJson(Sample, false);
        Errors(json, new DossierReadOptions(maxInputBytes: 10))
            .Should().ContainSingle().Which.Rule.Should().Be("input-too-large");
    }

    [Fact]
    public void Read_StreamOverLimit_StopsReadingAndThrowsFormatException()
    {
        var act = () => Format.Read(new MemoryStream(new byte[1000]), new DossierReadOptions(maxInputBytes: 100));
        act.Should().Throw<WgecFormatException>().Which.Errors.Should().ContainSingle().Which.Rule.Should().Be("input-too-large");
    }

    [Fact]
    public void Read_Throwing_CarriesEveryErrorAndTheFirstPath()
    {
        var act = () => Format.Read("{}", null);
        var ex = act.Should().Throw<WgecFormatException>().Which;
        ex.Errors.Should().HaveCount(3);
        ex.Path.Should().Be("$");
        ex.Message.Should().StartWith("3 errors:");
    }

    [Fact]
    public void Read_NewerMinorVersionWithNewMember_StrictByDefault_SaysHowToKeepIt()
    {
        var json = "{\"format\":\"wgec-test\",\"formatVersion\":\"1.4\",\"dossier\":{\"citation\":\"c\",\"page\":12}}";
        Errors(json).Should().ContainSingle().Which.Message.Should().Contain("UnknownMembers.Preserve");
    }

    [Fact]
    public void Read_PreserveUnknownMembers_WritesThemBackUnchanged()
    {
        var keep = new DocumentFormat<SourceReference, SourceReferenceDto>(
            Format.Kind, CommonMapping.ToDto, CommonMapping.FromDto, _ => Kept, (v, p) => { Kept = p; return v; });
        var json = "{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"c\",\"page\":{\"from\":12,\"to\":[1,2]}},\"signedBy\":\"x\"}";
        var value = keep.Read(json, new DossierReadOptions(unknownMembers: UnknownMembers.Preserve));
        value.Citation.Should().Be("c");
        Kept.Should().HaveCount(2);
        Kept.Should().Contain(new PreservedMember("$.dossier", "page", "{\"from\":12,\"to\":[1,2]}"));
        keep.ToJson(value, false).Should().Be(json);
    }

    private static ImmutableArray<PreservedMember> Kept { get; set; } = ImmutableArray<PreservedMember>.Empty;
}
