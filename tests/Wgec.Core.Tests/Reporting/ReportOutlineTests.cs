using System.Collections.Generic;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Reporting;
using Wgec.Core.Tests.Recommendations;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Reporting;

public sealed class ReportOutlineTests
{
    private static ReportOutline Outline() => ReportOutline.Create(
        "Report",
        ["Intro."],
        ["Method."],
        Wgec2013Recommendations.Groups,
        [RecommendationJsonTests.Sample()],
        new Dictionary<RecommendationId, ConsensusOutcome>(),
        [],
        Wgec2013Recommendations.DivergenceAxes,
        ["End."]);

    [Fact]
    public void Create_WithoutOutcome_PlacesByState_AndLeavesEmptySubsectionsOut()
    {
        var c = Outline().Sections[4];
        c.Heading.Should().Be("C. Role of stakeholders");
        c.Subsections.Should().ContainSingle().Which.Heading.Should().Be(ReportOutline.RevisitHeading);
        c.Subsections[0].Items.Should().Equal("C-1 — Illustrative recommendation on the role of stakeholders");
        Outline().Sections[2].Subsections.Should().BeEmpty("group A has nothing to list, and no subsection says only 'None.'");
    }

    [Fact]
    public void Outline_RoundTrips() => JsonAssert.RoundTrips(Outline());

    [Fact]
    public void ReportGroup_RoundTrips() => JsonAssert.RoundTrips(Wgec2013Recommendations.Groups[0]);

    [Fact]
    public void Markdown_EscapesMarkup()
    {
        var outline = new ReportOutline("T", [new ReportSection("H", ["a *b* [c]\nd"])]);
        MarkdownReportRenderer.Render(outline).Should().Be("# T\n\n## H\n\na \\*b\\* \\[c\\] d\n");
    }

    [Fact]
    public void Section_BlankItem_Throws()
    {
        var act = () => new ReportSection("H", items: [" "]);
        act.Should().Throw<DomainValidationException>().Which.Location.Should().Be("items[0]");
    }
}
