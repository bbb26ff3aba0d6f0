using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Wgec.Core.Reporting.Charts;
using Wgec.Core.Reporting.Html;
using Wgec.Core.Tests.Reporting.Charts;

namespace Wgec.Core.Tests.Reporting.Html;

/// <summary>
/// One whole page with the three charts of issue 8 (respondents with the discrepancy marked,
/// outcomes by group, the process timeline), as the report composer will build it.
/// </summary>
public sealed class SampleReportTests
{
    private static readonly XNamespace Xhtml = HtmlReportBuilderTests.Xhtml;

    internal static string SamplePage()
    {
        var groupings = new HtmlTable(
            ["Group", "Theme", "Questions"],
            [
                ["A", "Implementation of the Tunis Agenda", "Q2, Q3"],
                ["B", "Public policy issues and possible mechanisms", "Q4, Q8, Q9"],
                ["C", "Role of stakeholders", "Q5, Q6, Q7, Q14, Q17"],
                ["D", "Developing countries", "Q10, Q15"],
                ["E", "Barriers to participation", "Q11, Q12, Q13, Q16"],
            ],
            "Groupings of the questionnaire responses");
        return new HtmlReportBuilder("Working Group on Enhanced Cooperation: report on the 2013\u20132014 process")
            .SetMasthead("Commission on Science and Technology for Development", "E/CN.16/2014/CRP.3", "Distr.: General \u2014 Original: English")
            .SetSubtitle("Prepared from the Chair's report to the seventeenth session of the Commission")
            .AddTableOfContents()
            .AddHeading(1, "I. Introduction")
            .AddParagraph("General Assembly resolution 67/195 invited the Chair of the Commission to establish a working group on enhanced cooperation.")
            .AddDefinitionList([new KeyValuePair<string, string>("Chair", "Peter Major (Hungary)"), new KeyValuePair<string, string>("Members", "22 Member States and 20 representatives of other stakeholders")])
            .AddHeading(1, "II. Description of the meetings and methodology")
            .AddFigure(TimelineChart.Render(ChartSamples.Process()), "Meetings and milestones of the working group")
            .AddHeading(2, "Questionnaire")
            .AddBulletList(["18 questions, open to all stakeholders", "Deadline extended from 15 August to 17 September 2013"])
            .AddFigure(BarChart.Render(ChartSamples.Respondents()), "Respondents by stakeholder category (declared figures)")
            .AddCallout(HtmlCalloutKind.Warning, "Data-quality finding", "The declared total of respondents (69) differs from the sum of the declared per-category figures (71). Both are shown as declared.")
            .AddTable(groupings)
            .AddHeading(1, "III. Recommendations for groups A\u2013E")
            .AddFigure(StackedBarChart.Render(ChartSamples.Outcomes()), "Outcome of the contributions by group")
            .AddHeading(1, "IV. Conclusion")
            .AddNumberedList(["No recommendations were agreed in 2014.", "Divergent views are recorded as opinions."])
            .SetFooter("Sources: the Chair's report and the public record of the working group.")
            .ToHtml();
    }

    [Fact]
    public void SamplePage_IsOneWellFormedPageWithThreeCharts()
    {
        var html = SamplePage();
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "wgec-sample-report.html"), html, new UTF8Encoding(false));

        var doc = XDocument.Parse(html);
        var figures = doc.Descendants(Xhtml + "figure").ToList();
        figures.Should().HaveCount(3);
        figures.Select(f => (string?)f.Attribute("id")).Should().Equal("figure-1", "figure-2", "figure-3");
        figures.Select(f => f.Elements(SvgAssert.Svg + "svg").Single().Attribute("class")!.Value)
            .Should().Equal("chart timeline-chart", "chart bar-chart horizontal", "chart stacked-bar-chart");
        figures.Select(f => f.Element(Xhtml + "figcaption")!.Value).Should().Equal(
            "Figure 1. Meetings and milestones of the working group",
            "Figure 2. Respondents by stakeholder category (declared figures)",
            "Figure 3. Outcome of the contributions by group");
        doc.Descendants(SvgAssert.Svg + "svg").Should().OnlyContain(s => (string?)s.Attribute("role") == "img"
            && s.Element(SvgAssert.Svg + "title") != null && s.Element(SvgAssert.Svg + "desc") != null);
        doc.Descendants(Xhtml + "nav").Single().Descendants(Xhtml + "a").Select(a => a.Value).Should().Equal(
            "I. Introduction", "II. Description of the meetings and methodology", "Questionnaire", "III. Recommendations for groups A\u2013E", "IV. Conclusion");
        doc.Descendants(Xhtml + "aside").Single().Attribute("class")!.Value.Should().Be("callout warning");
        doc.Descendants(Xhtml + "caption").Single().Value.Should().StartWith("Table 1.");
    }

    [Fact]
    public void SamplePage_HasNoExternalReference()
    {
        var html = SamplePage();
        var stripped = html.Replace("xmlns=\"http://www.w3.org/1999/xhtml\"", string.Empty).Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty);
        stripped.Should().NotContainEquivalentOf("http").And.NotContain("url(").And.NotContain("href=\"/").And.NotContain("src=");
        var doc = XDocument.Parse(html);
        doc.Descendants().Attributes("href").Should().OnlyContain(a => a.Value.StartsWith('#'));
        doc.Descendants().Where(e => e.Name.LocalName is "script" or "link" or "img" or "image" or "iframe" or "object" or "use").Should().BeEmpty();
    }

    [Fact]
    public void SamplePage_IsByteIdenticalAcrossRunsAndCultures()
    {
        SvgAssert.SameUnderAnyCulture(SamplePage);
    }
}
