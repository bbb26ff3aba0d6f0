using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Wgec.Core.Identifiers;
using Wgec.Core.Serialization;
using Wgec.Core.Serialization.Documents;

namespace Wgec.Core.Tests.Serialization.Documents;

/// <summary>
/// The envelope engine, exercised with a small payload (a source reference) so that each rule of
/// the envelope is tested apart from the dossier's own content.
/// </summary>
public sealed class EnvelopeTests
{
    private static readonly Envelope Format = new(new DocumentFormat<SourceReference>(
        new DocumentKind("wgec-test", new FormatVersion(1, 1), "dossier"),
        WgecCodecs.ReadSourceReference,
        WgecCodecs.WriteSourceReference));

    /// <summary>The engine's every input and output shape, with the preserved members kept beside.</summary>
    private sealed class Envelope
    {
        private readonly DocumentFormat<SourceReference> _format;

        public Envelope(DocumentFormat<SourceReference> format) => _format = format;

        public DocumentKind Kind => _format.Kind;

        public ImmutableArray<PreservedMember> Kept { get; private set; } = ImmutableArray<PreservedMember>.Empty;

        public bool TryRead(string json, DossierReadOptions? options, out SourceReference? value, out ImmutableArray<ValidationError> errors) =>
            Done(_format.Read(json, options ?? DossierReadOptions.Default), out value, out errors);

        public bool TryRead(byte[] utf8, DossierReadOptions? options, out SourceReference? value, out ImmutableArray<ValidationError> errors) =>
            Done(_format.Read(utf8, options ?? DossierReadOptions.Default), out value, out errors);

        public SourceReference Read(string json, DossierReadOptions? options) => Keep(_format.Read(json, options ?? DossierReadOptions.Default));

        public SourceReference Read(byte[] utf8, DossierReadOptions? options) => Keep(_format.Read(utf8, options ?? DossierReadOptions.Default));

        public SourceReference Read(Stream stream, DossierReadOptions? options) => Keep(_format.Read(stream, options ?? DossierReadOptions.Default));

        public async Task<SourceReference> ReadAsync(Stream stream, DossierReadOptions? options, System.Threading.CancellationToken cancellationToken) =>
            Keep(await _format.ReadAsync(stream, options ?? DossierReadOptions.Default, cancellationToken));

        public string ToJson(SourceReference value, bool indented) => _format.ToJson(value, Kept, indented);

        public byte[] ToUtf8Bytes(SourceReference value, bool indented) => _format.ToUtf8Bytes(value, Kept, indented);

        public Task WriteAsync(SourceReference value, Stream stream, bool indented, System.Threading.CancellationToken cancellationToken) =>
            _format.WriteAsync(value, Kept, stream, indented, cancellationToken);

        private SourceReference Keep(DocumentFormat<SourceReference>.Outcome outcome)
        {
            var value = outcome.ValueOrThrow();
            Kept = outcome.Preserved;
            return value;
        }

        private static bool Done(DocumentFormat<SourceReference>.Outcome outcome, out SourceReference? value, out ImmutableArray<ValidationError> errors)
        {
            value = outcome.Value;
            errors = outcome.Errors;
            return errors.IsEmpty;
        }
    }

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
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"c\"}", "$.dossier", "invalid-json")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\" \"}}", "$.dossier.citation", "invalid")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"c\",\"extra\":1}}", "$.dossier.extra", "unknown-member")]
    [InlineData("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":42}}", "$.dossier.citation", "invalid-type")]
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
    public void Read_LeadingUtf8ByteOrderMark_IsAccepted()
    {
        // RFC 8259 §8.1 lets a reader ignore it, and editors on some systems add it.
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Format.ToUtf8Bytes(Sample, false)).ToArray();
        Format.Read(bytes, null).Should().Be(Sample);
        Format.Read("\uFEFF" + Format.ToJson(Sample, false), null).Should().Be(Sample);
        Format.Read(new MemoryStream(bytes), null).Should().Be(Sample);
    }

    [Fact]
    public void Read_InvalidUtf8_IsAnErrorNotAnException()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"XX\"}}");
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        var error = Errors(bytes).Should().ContainSingle().Subject;
        error.Rule.Should().Be("invalid-text");
        error.Path.Should().Be("$.dossier.citation");
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
        error.Rule.Should().Be("invalid-text");
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
        Errors(json).Should().Contain(e => e.Rule == "invalid-json" && e.Message.Contains("depth"));
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
        var keep = new Envelope(new DocumentFormat<SourceReference>(Format.Kind, WgecCodecs.ReadSourceReference, WgecCodecs.WriteSourceReference));
        var json = "{\"format\":\"wgec-test\",\"formatVersion\":\"1.1\",\"dossier\":{\"citation\":\"c\",\"page\":{\"from\":12,\"to\":[1,2]}},\"signedBy\":\"x\"}";
        var value = keep.Read(json, new DossierReadOptions(unknownMembers: UnknownMembers.Preserve));
        value.Citation.Should().Be("c");
        keep.Kept.Should().HaveCount(2);
        keep.Kept.Should().Contain(new PreservedMember("$.dossier", "page", "{\"from\":12,\"to\":[1,2]}"));
        keep.ToJson(value, false).Should().Be(json);
    }
}
