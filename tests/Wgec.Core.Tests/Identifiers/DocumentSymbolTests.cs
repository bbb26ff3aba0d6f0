using System;
using CsCheck;
using System.Text.Json;
using Wgec.Core.Identifiers;
using Wgec.Core.Serialization;
using Wgec.Core.Tests.Serialization;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Identifiers;

public sealed class DocumentSymbolTests
{
    public static TheoryData<string, string> ValidSymbols => new()
    {
        { "A/RES/67/195", "A/RES/67/195" },
        { "A/RES/70/125", "A/RES/70/125" },
        { "E/CN.16/2014/CRP.3", "E/CN.16/2014/CRP.3" },
        { "E/RES/2014/27", "E/RES/2014/27" },
        { "E/CN.16/2015/CRP.2", "E/CN.16/2015/CRP.2" },
        { "E/2014/31-E/CN.16/2014/4", "E/2014/31-E/CN.16/2014/4" },
        { "E/2014/31 - E/CN.16/2014/4", "E/2014/31-E/CN.16/2014/4" },
        { "A/Res/67/195", "A/RES/67/195" },
        { " a / res / 67 / 195 ", "A/RES/67/195" },
        { "A/67/195", "A/67/195" },
        { "A/67/L.5", "A/67/L.5" },
        { "A/67/L.5/Rev.1", "A/67/L.5/Rev.1" },
        { "A/C.2/67/L.29", "A/C.2/67/L.29" },
        { "A/C.2/67/L.29/Rev.1", "A/C.2/67/L.29/Rev.1" },
        { "A/67/PV.60", "A/67/PV.60" },
        { "A/C.2/67/SR.20", "A/C.2/67/SR.20" },
        { "A/HRC/RES/20/8", "A/HRC/RES/20/8" },
        { "A/HRC/22/L.1", "A/HRC/22/L.1" },
        { "A/RES/ES-10/1", "A/RES/ES-10/1" },
        { "A/RES/S-26/2", "A/RES/S-26/2" },
        { "A/68/65/Add.1", "A/68/65/Add.1" },
        { "A/68/65/add.1/corr.1", "A/68/65/Add.1/Corr.1" },
        { "A/68/65/Corr.2", "A/68/65/Corr.2" },
        { "A/68/65/Amend.1", "A/68/65/Amend.1" },
        { "E/CN.16/2014/INF.1", "E/CN.16/2014/INF.1" },
        { "E/CN.16/2013/CRP.1", "E/CN.16/2013/CRP.1" },
        { "E/CN.16/2014/4", "E/CN.16/2014/4" },
        { "E/2014/31", "E/2014/31" },
        { "E/DEC/2014/225", "E/DEC/2014/225" },
        { "S/2014/100", "S/2014/100" },
        { "S/PRST/2013/12", "S/PRST/2013/12" },
        { "S/RES/2118 (2013)", "S/RES/2118 (2013)" },
        { "S/RES/2118(2013)", "S/RES/2118 (2013)" },
        { "E/CN.16/2014/WP.2", "E/CN.16/2014/WP.2" },
        { "E/CN.16/2014/NGO.3", "E/CN.16/2014/NGO.3" },
        { "A/C.2/68/MISC.4", "A/C.2/68/MISC.4" },
        { "TD/B/60/10", "TD/B/60/10" },
        { "ST/SGB/2013/4", "ST/SGB/2013/4" },
        { "UNEP/GC/27/17", "UNEP/GC/27/17" },
        { "A/HRC/RES/26/13/Corr.1", "A/HRC/RES/26/13/Corr.1" },
        { "A/RES/67/195-A/RES/70/125-E/RES/2014/27", "A/RES/67/195-A/RES/70/125-E/RES/2014/27" },
        { "E/CN.16/2014/CRP.3\t", "E/CN.16/2014/CRP.3" },
    };

    public static TheoryData<string, string> InvalidSymbols => new()
    {
        { "", "the symbol is empty" },
        { "   ", "the symbol is empty" },
        { "/RES/67/195", "the issuing body is missing" },
        { "A/RES/67/195/", "ends with '/'" },
        { "A//67/195", "component 2 is empty" },
        { "1/RES/67/195", "the issuing body '1'" },
        { "É/RES/67/195", "the issuing body 'É'" },
        { "ABCDEFGHIJKLM/67/1", "the issuing body 'ABCDEFGHIJKLM'" },
        { "A", "the session or year is missing" },
        { "A/RES", "the session or year is missing" },
        { "E/CN.16", "the session or year is missing" },
        { "A/RES/67", "the number is missing" },
        { "E/CN.16/2014", "the number is missing" },
        { "A/67/RES/195", "the document kind 'RES' must come before" },
        { "E/CN.16/CRP.3", "the session or year is missing before the document kind 'CRP.3'" },
        { "A/RES/1945/1", "the year '1945'" },
        { "A/RES/2100/1", "the year '2100'" },
        { "A/RES/067/195", "the session or year '067'" },
        { "A/RES/0/195", "the session or year '0'" },
        { "A/RES/X1/195", "the session or year 'X1'" },
        { "A/RES/ES-0/1", "the session or year 'ES-0'" },
        { "A/RES/67/0", "the number '0'" },
        { "A/RES/67/0195", "the number '0195'" },
        { "A/RES/67/123456", "the number '123456'" },
        { "A/RES/67/19a", "the number '19A'" },
        { "E/CN.16/2014/XYZ.3", "the document kind 'XYZ' is not known" },
        { "E/CN.16/2014/CRP.0", "the number '0' of the document kind CRP." },
        { "E/CN.16/2014/CRP.", "the number '' of the document kind CRP." },
        { "A/67/195/Rev", "the suffix 'Rev' needs a positive number" },
        { "A/67/195/Rev.0", "the suffix 'Rev.0' needs a positive number" },
        { "A/67/195/Foo.1", "the suffix 'Foo.1' must be Rev.n" },
        { "A/67/195/Rev.1/Rev.2", "repeats a Rev. suffix" },
        { "A/RES/67/19 5", "whitespace splits a component" },
        { "A/R ES/67/195", "whitespace splits a component" },
        { "E/2014/31-", "part 2 of the joint symbol is empty" },
        { "E/2014/31-E/CN.16", "part 2 of the joint symbol ('E/CN.16'): the session or year is missing" },
        { "E/2014-E/CN.16/2014/4", "part 1 of the joint symbol ('E/2014'): the number is missing" },
    };

    [Theory]
    [MemberData(nameof(ValidSymbols))]
    public void Parse_ValidSymbol_RoundTripsToCanonicalText(string text, string canonical)
    {
        var symbol = DocumentSymbol.Parse(text);
        symbol.ToString().Should().Be(canonical);
        DocumentSymbol.Parse(symbol.ToString()).Should().Be(symbol);
        DocumentSymbol.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(symbol);
    }

    [Theory]
    [MemberData(nameof(InvalidSymbols))]
    public void Parse_InvalidSymbol_ThrowsFormatExceptionNamingThePart(string text, string fragment)
    {
        var act = () => DocumentSymbol.Parse(text);
        act.Should().Throw<FormatException>()
            .Which.Message.Should().StartWith($"'{text}' is not a valid UN document symbol: ").And.Contain(fragment);
        DocumentSymbol.TryParse(text, out var result).Should().BeFalse();
        result.Should().Be(default(DocumentSymbol));
    }

    [Fact]
    public void Tables_HoldAtLeastThirtyCasesEach()
    {
        ValidSymbols.Count.Should().BeGreaterThanOrEqualTo(30);
        InvalidSymbols.Count.Should().BeGreaterThanOrEqualTo(30);
    }

    private static Gen<string> Pick(params string[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    [Fact]
    public void Property_GeneratedSymbols_RoundTripWithTheirComponents()
    {
        var bodies = Pick("A", "E", "S", "E/CN.16", "A/C.2", "A/HRC", "TD/B", "UNEP/GC");
        var sessionOrYear = Gen.OneOf(Gen.Int[1, 999].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Gen.Int[1946, 2099].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var kinds = Pick("", "RES", "CRP", "L", "INF");
        var suffixes = Pick("", "/Rev.1", "/Add.2", "/Corr.1", "/Rev.2/Corr.1");
        Gen.Select(bodies, sessionOrYear, kinds, Gen.Int[1, 99999], suffixes).Sample((body, session, kind, number, suffix) =>
        {
            var text = kind switch
            {
                "" => $"{body}/{session}/{number}{suffix}",
                "RES" => $"{body}/RES/{session}/{number}{suffix}",
                _ => $"{body}/{session}/{kind}.{number}{suffix}",
            };
            var symbol = DocumentSymbol.Parse(text);
            return symbol.ToString() == text
                && DocumentSymbol.Parse(text.ToLowerInvariant().Replace("/", " / ", StringComparison.Ordinal)) == symbol
                && symbol.Body == body
                && symbol.Number == number
                && symbol.Kind == (kind.Length == 0 ? null : kind)
                && (symbol.Session ?? symbol.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) == session
                && string.Concat(System.Linq.Enumerable.Select(symbol.Suffixes, x => "/" + x)) == suffix;
        }, iter: 1000);
    }

    [Fact]
    public void Property_ArbitraryText_NeverThrowsFromTryParse()
    {
        Gen.String[Gen.Char["AERS/.-0123456789 CNL()"], 0, 30].Sample(text =>
        {
            if (DocumentSymbol.TryParse(text, out var symbol))
            {
                return DocumentSymbol.Parse(symbol.ToString()) == symbol;
            }

            var act = () => DocumentSymbol.Parse(text);
            act.Should().Throw<FormatException>();
            return true;
        }, iter: 1000);
    }

    [Fact]
    public void Parse_TooLong_ThrowsNamingTheLength()
    {
        var text = "A/RES/67/195" + string.Concat(System.Linq.Enumerable.Repeat("-A/RES/67/195", 20));
        var act = () => DocumentSymbol.Parse(text);
        act.Should().Throw<FormatException>().WithMessage("*must be at most 200 characters*");
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        var act = () => DocumentSymbol.Parse(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
        DocumentSymbol.TryParse(null, out _).Should().BeFalse();
    }

    [Fact]
    public void Components_OfAResolution()
    {
        var symbol = DocumentSymbol.Parse("A/RES/67/195");
        symbol.Body.Should().Be("A");
        symbol.Kind.Should().Be("RES");
        symbol.Session.Should().Be("67");
        symbol.Year.Should().BeNull();
        symbol.Number.Should().Be(195);
        symbol.Suffixes.Should().BeEmpty();
        symbol.IsJoint.Should().BeFalse();
        symbol.Parts.Should().Equal(symbol);
    }

    [Fact]
    public void Components_OfAConferenceRoomPaper()
    {
        var symbol = DocumentSymbol.Parse("E/CN.16/2014/CRP.3");
        symbol.Body.Should().Be("E/CN.16");
        symbol.Kind.Should().Be("CRP");
        symbol.Session.Should().BeNull();
        symbol.Year.Should().Be(2014);
        symbol.Number.Should().Be(3);
    }

    [Fact]
    public void Components_OfSuffixes()
    {
        var symbol = DocumentSymbol.Parse("A/C.2/67/L.29/Rev.1/Corr.2");
        symbol.Body.Should().Be("A/C.2");
        symbol.Kind.Should().Be("L");
        symbol.Number.Should().Be(29);
        symbol.Suffixes.Should().Equal("Rev.1", "Corr.2");
    }

    [Fact]
    public void Components_OfASecurityCouncilResolutionWithYear()
    {
        var symbol = DocumentSymbol.Parse("S/RES/2118 (2013)");
        symbol.Body.Should().Be("S");
        symbol.Kind.Should().Be("RES");
        symbol.Number.Should().Be(2118);
        symbol.Year.Should().Be(2013);
        symbol.Session.Should().BeNull();
    }

    [Fact]
    public void Components_OfAJointSymbol_ComeFromTheFirstPart()
    {
        var symbol = DocumentSymbol.Parse("E/2014/31-E/CN.16/2014/4");
        symbol.IsJoint.Should().BeTrue();
        symbol.Parts.Should().Equal(DocumentSymbol.Parse("E/2014/31"), DocumentSymbol.Parse("E/CN.16/2014/4"));
        symbol.Body.Should().Be("E");
        symbol.Year.Should().Be(2014);
        symbol.Number.Should().Be(31);
        symbol.Parts[1].Body.Should().Be("E/CN.16");
    }

    [Fact]
    public void Equality_FollowsTheCanonicalForm()
    {
        var a = DocumentSymbol.Parse("A/RES/67/195");
        var b = DocumentSymbol.Parse(" a/Res / 67/195");
        var c = DocumentSymbol.Parse("A/RES/70/125");
        (a == b).Should().BeTrue();
        (a != c).Should().BeTrue();
        EqualityAssert.Contract(a, b, c);
        a.Equals((object)"A/RES/67/195").Should().BeFalse();
        (a < c).Should().BeTrue();
        (c > a).Should().BeTrue();
        (a <= b).Should().BeTrue();
        (a >= b).Should().BeTrue();
    }

    [Fact]
    public void Default_HasEmptyTextAndComponents()
    {
        var symbol = default(DocumentSymbol);
        symbol.ToString().Should().BeEmpty();
        symbol.Body.Should().BeEmpty();
        symbol.Number.Should().Be(0);
        symbol.Parts.Should().BeEmpty();
        symbol.Suffixes.Should().BeEmpty();
        symbol.IsJoint.Should().BeFalse();
    }

    [Fact]
    public void Json_IsTheCanonicalString()
    {
        JsonAssert.RoundTrips(DocumentSymbol.Parse("E/2014/31-E/CN.16/2014/4")).Should().Be("\"E/2014/31-E/CN.16/2014/4\"");
        JsonSerializer.Deserialize<DocumentSymbol>("\" a/res/67/195 \"", WgecJson.Options).ToString().Should().Be("A/RES/67/195");
    }

    [Fact]
    public void Json_InvalidSymbol_IsRejected()
    {
        JsonAssert.FailsToRead<DocumentSymbol>("\"A/RES/67\"", "not a valid document symbol");
        JsonAssert.FailsToRead<DocumentSymbol>("42", "expected a string");
    }
}
