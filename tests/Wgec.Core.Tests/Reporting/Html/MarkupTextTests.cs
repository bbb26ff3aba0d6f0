using System;
using System.Globalization;
using System.Xml.Linq;
using Wgec.Core.Reporting.Html;

namespace Wgec.Core.Tests.Reporting.Html;

public sealed class MarkupTextTests
{
    [Theory]
    [InlineData("a<b>&\"c'", "a&lt;b&gt;&amp;&quot;c&#39;")]
    [InlineData("]]>", "]]&gt;")]
    [InlineData("x\r\ny\rz", "x\ny\nz")]
    [InlineData("bell\u0007", "bell\uFFFD")]
    [InlineData("pair\uD83D\uDE00", "pair\uD83D\uDE00")]
    public void Escape_ProducesXmlSafeText(string input, string expected)
    {
        MarkupText.Escape(input).Should().Be(expected);
    }

    [Fact]
    public void Escape_LoneSurrogate_BecomesReplacementCharacter()
    {
        // Built at run time: attribute arguments cannot carry a lone surrogate through metadata.
        MarkupText.Escape("lone" + (char)0xD800 + "x" + (char)0xDC00).Should().Be("lone\uFFFDx\uFFFD");
    }

    [Fact]
    public void EscapeAttribute_KeepsLineBreaksThroughAnXmlParser()
    {
        var value = "a\nb\t\"c\" <d> & ]]>";
        var element = XElement.Parse("<x a=\"" + MarkupText.EscapeAttribute(value) + "\"/>");
        element.Attribute("a")!.Value.Should().Be(value);
    }

    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(-0.001, "0")]
    [InlineData(1234567.125, "1234567.13")]
    [InlineData(1e-9, "0")]
    public void Number_IsInvariant(double value, string expected)
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            MarkupText.Number(value).Should().Be(expected);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Number_NotFinite_Throws()
    {
        var act = () => MarkupText.Number(double.NaN);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }

    [Fact]
    public void Display_GroupsThousandsInvariantly()
    {
        MarkupText.Display(12345.5).Should().Be("12,345.5");
        MarkupText.Display(69).Should().Be("69");
    }
}
