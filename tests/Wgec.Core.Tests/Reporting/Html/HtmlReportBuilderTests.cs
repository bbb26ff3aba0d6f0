using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Xml.Linq;
using CsCheck;
using Wgec.Core.Reporting.Html;

namespace Wgec.Core.Tests.Reporting.Html;

public sealed class HtmlReportBuilderTests
{
    internal static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private const string Hostile = "<script>alert(\"x\")</script> & 'q' ]]> \u0001";

    internal static HtmlReportBuilder RichPage(string text = "Working Group on Enhanced Cooperation")
    {
        var page = new HtmlReportBuilder("Report of the " + text)
            .SetMasthead("Commission on Science and Technology for Development", "E/CN.16/2014/CRP.3", "Distr.: General")
            .SetSubtitle("Chair's summary " + text)
            .AddTableOfContents()
            .AddHeading(1, "Introduction " + text)
            .AddParagraph("Paragraph " + text)
            .AddBulletList(["First " + text, "Second"])
            .AddNumberedList(["One", "Two " + text])
            .AddDefinitionList([new KeyValuePair<string, string>("Chair " + text, "Peter Major (Hungary) " + text)])
            .AddHeading(2, "Figures " + text)
            .AddTable(new HtmlTable(["Category " + text, "Replies"], [["Governments", "29"], [text, "1.5"]], "Replies " + text))
            .AddCallout(HtmlCalloutKind.Warning, "Data quality " + text, "Declared total 69 differs from 71. " + text)
            .AddHeading(3, "Sub " + text);
        return page.SetFooter("Source: " + text);
    }

    internal static XDocument Parse(string html) => XDocument.Parse(html, LoadOptions.None);

    [Fact]
    public void ToHtml_IsWellFormedXhtmlWithDoctypeCharsetAndInlineStyle()
    {
        var html = RichPage().ToHtml();

        html.Should().StartWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"");
        var doc = Parse(html);
        doc.Root!.Name.Should().Be(Xhtml + "html");
        doc.Descendants(Xhtml + "meta").Should().Contain(m => (string?)m.Attribute("charset") == "utf-8");
        doc.Descendants(Xhtml + "style").Should().ContainSingle().Which.Value.Should().Contain("@media print").And.Contain("serif");
        doc.Descendants(Xhtml + "link").Should().BeEmpty();
        doc.Descendants(Xhtml + "script").Should().BeEmpty();
        doc.Descendants(Xhtml + "img").Should().BeEmpty();
        html.Should().NotContain("\r");
    }

    [Fact]
    public void ToHtml_RendersEveryBlockInOrder()
    {
        var doc = Parse(RichPage().ToHtml());
        var main = doc.Descendants(Xhtml + "main").Single();
        main.Elements().Select(e => e.Name.LocalName).Should().Equal(
            "header", "h1", "p", "nav", "h2", "p", "ul", "ol", "dl", "h3", "table", "aside", "h4", "footer");
        doc.Descendants(Xhtml + "h1").Single().Value.Should().Be("Report of the Working Group on Enhanced Cooperation");
        doc.Descendants(Xhtml + "caption").Single().Value.Should().Be("Table 1. Replies Working Group on Enhanced Cooperation");
        doc.Descendants(Xhtml + "td").Where(td => (string?)td.Attribute("class") == "num").Select(td => td.Value).Should().Equal("29", "1.5");
        doc.Descendants(Xhtml + "dt").Single().Value.Should().Be("Chair Working Group on Enhanced Cooperation");
        var aside = doc.Descendants(Xhtml + "aside").Single();
        aside.Attribute("class")!.Value.Should().Be("callout warning");
        aside.Value.Should().Contain("Declared total 69 differs from 71.");
    }

    [Fact]
    public void TableOfContents_ListsEveryHeadingWithWorkingAnchors()
    {
        var doc = Parse(RichPage().ToHtml());
        var links = doc.Descendants(Xhtml + "nav").Single().Descendants(Xhtml + "a").ToList();
        links.Select(a => a.Value).Should().Equal(
            "Introduction Working Group on Enhanced Cooperation", "Figures Working Group on Enhanced Cooperation", "Sub Working Group on Enhanced Cooperation");
        var ids = doc.Descendants().Select(e => (string?)e.Attribute("id")).Where(id => id is not null).ToList();
        ids.Should().OnlyHaveUniqueItems();
        foreach (var link in links)
        {
            ids.Should().Contain(link.Attribute("href")!.Value.Substring(1));
        }

        doc.Descendants(Xhtml + "nav").Single().Descendants(Xhtml + "li").Select(li => li.Attribute("class")!.Value)
            .Should().Equal("toc-1", "toc-2", "toc-3");
    }

    [Fact]
    public void HostileText_IsEscapedEverywhere()
    {
        var html = RichPage(Hostile).ToHtml();

        var doc = Parse(html);
        html.Should().NotContain("<script>").And.NotContain("]]>");
        doc.Descendants(Xhtml + "script").Should().BeEmpty();
        doc.Descendants(Xhtml + "title").Single().Value.Should().Be("Report of the <script>alert(\"x\")</script> & 'q' ]]> \uFFFD");
        doc.Descendants(Xhtml + "p").Should().Contain(p => p.Value == "Paragraph <script>alert(\"x\")</script> & 'q' ]]> \uFFFD");
        doc.Descendants(Xhtml + "a").Should().Contain(a => a.Value == "Introduction <script>alert(\"x\")</script> & 'q' ]]> \uFFFD");
    }

    [Fact]
    public void AnyText_Property_KeepsThePageWellFormed()
    {
        Gen.String[Gen.Char, 1, 60].Sample(text =>
        {
            var doc = Parse(RichPage(text).ToHtml());
            doc.Descendants(Xhtml + "script").Should().BeEmpty();
            doc.Descendants(Xhtml + "main").Single().Elements().Should().HaveCount(14);
        }, iter: 1000);
    }

    [Fact]
    public void PrintableText_Property_ReadsBackUnchanged()
    {
        Gen.String[Gen.Char['\u0020', '\uD7FF'], 1, 60].Where(s => s.Trim().Length > 0).Sample(text =>
        {
            var doc = Parse(new HtmlReportBuilder("t").AddParagraph(text).AddBulletList([text]).ToHtml());
            doc.Descendants(Xhtml + "p").Single().Value.Should().Be(text.Trim());
            doc.Descendants(Xhtml + "li").Single().Value.Should().Be(text.Trim());
        }, iter: 1000);
    }

    [Fact]
    public void Page_ContainsNoAddressButNamespacesAndCallerText()
    {
        const string callerAddress = "https://unctad.org/meeting";
        var html = RichPage(callerAddress).ToHtml();

        var stripped = html.Replace(callerAddress, string.Empty).Replace("xmlns=\"http://www.w3.org/1999/xhtml\"", string.Empty);
        stripped.Should().NotContainEquivalentOf("http");
        stripped.Should().NotContain("url(").And.NotContain("@import").And.NotContain("src=");
    }

    [Fact]
    public void Output_IsByteIdenticalAcrossRunsAndCultures()
    {
        var first = RichPage().ToHtml();
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
            RichPage().ToHtml().Should().Be(first);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = original;
        }

        RichPage().ToHtml().Should().Be(first);
    }

    [Fact]
    public void WriteTo_WritesTheSameTextAsToHtml()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        RichPage().WriteTo(writer);
        writer.ToString().Should().Be(RichPage().ToHtml());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void AddHeading_LevelOutOfRange_NamesLevel(int level)
    {
        var act = () => new HtmlReportBuilder("t").AddHeading(level, "x");
        act.Should().Throw<ArgumentException>().WithParameterName("level");
    }

    [Fact]
    public void Constructor_BlankTitle_NamesTitle()
    {
        var act = () => new HtmlReportBuilder(" ");
        act.Should().Throw<ArgumentException>().WithParameterName("title");
    }

    [Fact]
    public void AddBulletList_BlankItem_NamesIndex()
    {
        var act = () => new HtmlReportBuilder("t").AddBulletList(["a", " "]);
        act.Should().Throw<DomainValidationException>().WithParameterName("items")
            .Which.Location.Should().Be("items[1]");
    }

    [Fact]
    public void AddNumberedList_Empty_NamesRule()
    {
        var act = () => new HtmlReportBuilder("t").AddNumberedList([]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("empty-list");
    }

    [Fact]
    public void AddDefinitionList_BlankKey_NamesEntry()
    {
        var act = () => new HtmlReportBuilder("t").AddDefinitionList([new KeyValuePair<string, string>("a", "b"), new KeyValuePair<string, string>("", "c")]);
        act.Should().Throw<DomainValidationException>().Which.Location.Should().Be("entries[1]");
    }

    [Fact]
    public void AddCallout_NoParagraph_NamesRule()
    {
        var act = () => new HtmlReportBuilder("t").AddCallout(HtmlCalloutKind.Note, "title");
        act.Should().Throw<DomainValidationException>().WithParameterName("paragraphs").Which.Rule.Should().Be("empty-list");
    }

    [Fact]
    public void AddTableOfContents_Twice_Throws()
    {
        var act = () => new HtmlReportBuilder("t").AddTableOfContents().AddTableOfContents();
        act.Should().Throw<InvalidOperationException>().WithMessage("*at most one table of contents*");
    }

    [Fact]
    public void Callout_Note_UsesNoteClass()
    {
        var doc = Parse(new HtmlReportBuilder("t").AddCallout(HtmlCalloutKind.Note, "Method", "a", "b").ToHtml());
        var aside = doc.Descendants(Xhtml + "aside").Single();
        aside.Attribute("class")!.Value.Should().Be("callout note");
        aside.Elements(Xhtml + "p").Select(p => p.Value).Should().Equal("Method", "a", "b");
    }
}
