using System;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Identifiers;

public sealed class SourceReferenceTests
{
    private static readonly Uri Unctad = new("https://unctad.org/meeting/third-meeting-working-group-enhanced-cooperation-wgec-commission-science-and-technology");

    [Fact]
    public void Constructor_KeepsCitationAndAddress()
    {
        var source = new SourceReference("  UNCTAD meeting page ", Unctad);
        source.Citation.Should().Be("UNCTAD meeting page");
        source.Address.Should().Be(Unctad);
        source.ToString().Should().Be($"UNCTAD meeting page <{Unctad.AbsoluteUri}>");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankCitation_Throws(string citation)
    {
        var act = () => new SourceReference(citation);
        act.Should().Throw<ArgumentException>().WithParameterName("citation");
    }

    [Fact]
    public void Constructor_TooLongCitation_ThrowsNamingTheRule()
    {
        var act = () => new SourceReference(new string('x', SourceReference.MaxCitationLength + 1));
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("too-long");
    }

    [Theory]
    [InlineData("ftp://example.org/x")]
    [InlineData("file:///etc/passwd")]
    public void Constructor_NonHttpAddress_Throws(string address)
    {
        var act = () => new SourceReference("x", new Uri(address));
        act.Should().Throw<DomainValidationException>().WithParameterName("address")
            .Which.Message.Should().Contain("not an absolute http or https address");
    }

    [Theory]
    [InlineData("c", null, true)]
    [InlineData("c", "https://dig.watch/event/cstd-wg-enhanced-cooperation-wgec", true)]
    [InlineData("c", "not a uri", false)]
    [InlineData("c", "mailto:pmajor@example.org", false)]
    [InlineData("", null, false)]
    [InlineData(null, null, false)]
    public void TryCreate_ReportsValidity(string? citation, string? address, bool expected)
    {
        SourceReference.TryCreate(citation, address, out var result).Should().Be(expected);
        (result is not null).Should().Be(expected);
    }

    [Theory]
    [InlineData(SourceReference.MaxCitationLength, true)]
    [InlineData(SourceReference.MaxCitationLength + 1, false)]
    public void TryCreate_CitationLength_AcceptsUpToTheMaximum(int length, bool expected)
    {
        SourceReference.TryCreate(new string('c', length), null, out var result).Should().Be(expected);
        result?.Citation.Length.Should().Be(length);
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(new SourceReference("a", Unctad), new SourceReference("a", new Uri(Unctad.AbsoluteUri)), new SourceReference("a"));
        EqualityAssert.Contract(new SourceReference("a"), new SourceReference("a"), new SourceReference("b"));
    }

    [Fact]
    public void WithAddress_ReturnsChangedCopy()
    {
        var original = new SourceReference("a");
        var copy = original.WithAddress(Unctad);
        copy.Address.Should().Be(Unctad);
        original.Address.Should().BeNull();
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(new SourceReference("Chair's report", Unctad))
            .Should().Be($"{{\"citation\":\"Chair's report\",\"address\":\"{Unctad.AbsoluteUri}\"}}");
        JsonAssert.RoundTrips(new SourceReference("no address")).Should().Be("{\"citation\":\"no address\"}");
    }

    [Fact]
    public void Json_BlankCitation_FailsWithPath()
    {
        JsonAssert.FailsToRead<SourceReference>("{\"citation\":\" \"}", "$.citation");
    }

    [Fact]
    public void Json_BadAddress_FailsWithPathAndRule()
    {
        var error = JsonAssert.FailsToRead<SourceReference>("{\"citation\":\"c\",\"address\":\"ftp://x.org/\"}", "$.address", "not an absolute http or https address");
        error.Should().BeOfType<Wgec.Core.Serialization.WgecFormatException>()
            .Which.Errors.Should().ContainSingle().Which.Rule.Should().Be("invalid-address");
    }

    [Fact]
    public void Json_UnknownMember_IsRejected()
    {
        JsonAssert.FailsToRead<SourceReference>("{\"citation\":\"c\",\"extra\":1}", "extra");
    }

    [Fact]
    public void Json_MissingRequiredMember_IsRejected()
    {
        JsonAssert.FailsToRead<SourceReference>("{\"address\":\"https://x.org/\"}", "citation");
    }

    [Fact]
    public void Json_NullCitation_IsRejected()
    {
        JsonAssert.FailsToRead<SourceReference>("{\"citation\":null}");
    }

    [Fact]
    public void Json_DuplicateProperty_IsRejected()
    {
        JsonAssert.FailsToRead<SourceReference>("{\"citation\":\"a\",\"citation\":\"b\"}");
    }
}
