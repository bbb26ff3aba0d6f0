using System;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Identifiers;

public sealed class ParagraphReferenceTests
{
    [Theory]
    [InlineData("Tunis Agenda ¶69", "Tunis Agenda ¶69", "Tunis Agenda", 69, 69)]
    [InlineData("Tunis Agenda ¶69–71", "Tunis Agenda ¶69–71", "Tunis Agenda", 69, 71)]
    [InlineData("  Tunis Agenda  ¶ 69 - 71 ", "Tunis Agenda ¶69–71", "Tunis Agenda", 69, 71)]
    [InlineData("A/RES/67/195 ¶20", "A/RES/67/195 ¶20", "A/RES/67/195", 20, 20)]
    [InlineData("a/res/67/195 ¶20", "A/RES/67/195 ¶20", "A/RES/67/195", 20, 20)]
    public void Parse_Valid_GivesCanonicalText(string text, string canonical, string document, int first, int last)
    {
        var reference = ParagraphReference.Parse(text);
        reference.ToString().Should().Be(canonical);
        reference.Document.Should().Be(document);
        reference.FirstParagraph.Should().Be(first);
        reference.LastParagraph.Should().Be(last);
        ParagraphReference.Parse(reference.ToString()).Should().Be(reference);
    }

    [Fact]
    public void Parse_SymbolDocument_IsHeldAsSymbol()
    {
        var reference = ParagraphReference.Parse("A/RES/67/195 ¶20");
        reference.Symbol.Should().Be(DocumentSymbol.Parse("A/RES/67/195"));
        reference.Instrument.Should().BeNull();
        ParagraphReference.Parse("Tunis Agenda ¶69").Symbol.Should().BeNull();
    }

    [Fact]
    public void Constructor_SymbolText_EqualsTheSymbolConstructor()
    {
        new ParagraphReference("A/RES/67/195", 20, null).Should().Be(new ParagraphReference(DocumentSymbol.Parse("A/RES/67/195"), 20, null));
    }

    [Theory]
    [InlineData("Tunis Agenda 69", "the paragraph mark '¶' is missing")]
    [InlineData("¶69", "the document before '¶' is missing")]
    [InlineData("Tunis Agenda ¶", "the paragraph '' must be a whole number")]
    [InlineData("Tunis Agenda ¶0", "the paragraph '0' must be a whole number of at least 1")]
    [InlineData("Tunis Agenda ¶x", "the paragraph 'x'")]
    [InlineData("Tunis Agenda ¶71–69", "the last paragraph '69' must be a whole number not below 71")]
    public void Parse_Invalid_ThrowsNamingTheFault(string text, string fragment)
    {
        var act = () => ParagraphReference.Parse(text);
        act.Should().Throw<FormatException>().Which.Message.Should().Contain(fragment);
        ParagraphReference.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Constructor_BadRange_ThrowsNamingTheRule()
    {
        var act = () => new ParagraphReference("Tunis Agenda", 71, 69);
        act.Should().Throw<DomainValidationException>().WithParameterName("lastParagraph")
            .Which.Rule.Should().Be("paragraph-range");
        var zero = () => new ParagraphReference("Tunis Agenda", 0, null);
        zero.Should().Throw<DomainValidationException>().WithParameterName("firstParagraph")
            .Which.Message.Should().Contain("at least 1");
    }

    [Fact]
    public void Constructor_DefaultSymbol_Throws()
    {
        var act = () => new ParagraphReference(default(DocumentSymbol), 1, null);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("required");
    }

    [Fact]
    public void Equality_FollowsTheCanonicalText()
    {
        var a = ParagraphReference.Parse("Tunis Agenda ¶69-71");
        var b = new ParagraphReference("Tunis Agenda", 69, 71);
        var c = new ParagraphReference("Tunis Agenda", 69, null);
        (a == b).Should().BeTrue();
        (a != c).Should().BeTrue();
        EqualityAssert.Contract(a, b, c);
        (c < a).Should().BeTrue();
        default(ParagraphReference).ToString().Should().BeEmpty();
    }

    [Fact]
    public void Json_IsTheCanonicalString()
    {
        JsonAssert.RoundTrips(new ParagraphReference("Tunis Agenda", 69, 71)).Should().Be("\"Tunis Agenda ¶69–71\"");
        JsonAssert.FailsToRead<ParagraphReference>("\"Tunis Agenda\"", "not a valid paragraph reference");
    }
}
