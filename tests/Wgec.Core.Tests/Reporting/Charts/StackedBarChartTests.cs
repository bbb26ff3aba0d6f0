using System.Linq;
using Wgec.Core.Reporting.Charts;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Reporting.Charts;

public sealed class StackedBarChartTests
{
    [Fact]
    public void Render_IsAccessibleWellFormedSvg()
    {
        var data = ChartSamples.Outcomes();
        SvgAssert.ParseAccessible(StackedBarChart.Render(data), data.Title, data.Description);
    }

    [Fact]
    public void Render_DrawsALegendEntryPerSegment()
    {
        var root = Parse(ChartSamples.Outcomes());
        SvgAssert.Texts(root, "legend-label").Should().Equal("Agreed", "To be revisited", "No agreement", "Not discussed");
        SvgAssert.WithClass(root, "legend-swatch").Select(s => s.Attribute("fill")!.Value).Should().OnlyHaveUniqueItems().And.HaveCount(4);
    }

    [Fact]
    public void Render_DrawsOneBarPerGroupWithItsPositiveSegmentsInOrder()
    {
        var data = ChartSamples.Outcomes();
        var root = Parse(data);

        var groups = SvgAssert.WithClass(root, "bar-group");
        groups.Should().HaveCount(5);
        SvgAssert.Texts(root, "category-label").Should().Equal(data.Groups.Select(g => g.Label));
        SvgAssert.Texts(root, "total-label").Should().Equal("8", "8", "6.5", "6", "5");
        for (var g = 0; g < groups.Count; g++)
        {
            var segments = SvgAssert.WithClass(groups[g], "segment");
            var expected = data.Groups[g].Values.Select((v, k) => (v, k)).Where(p => p.v > 0).Select(p => "segment segment-" + p.k);
            segments.Select(s => s.Attribute("class")!.Value).Should().Equal(expected);
            var xs = segments.Select(s => SvgAssert.Number(s, "x")).ToList();
            xs.Should().BeInAscendingOrder();
        }
    }

    [Fact]
    public void Render_SegmentWidthsAreProportionalAcrossGroups()
    {
        var root = Parse(ChartSamples.Outcomes());
        var groups = SvgAssert.WithClass(root, "bar-group");
        double Width(int group) => SvgAssert.WithClass(groups[group], "segment").Sum(s => SvgAssert.Number(s, "width"));
        (Width(0) / Width(4)).Should().BeApproximately(8.0 / 5, 0.01);
        (Width(2) / Width(3)).Should().BeApproximately(6.5 / 6, 0.01);
    }

    [Fact]
    public void Render_HostileText_IsEscaped()
    {
        const string hostile = " <script>x</script> & ' \" ]]>";
        var data = ChartSamples.Outcomes(hostile);
        var chart = StackedBarChart.Render(data);
        chart.Markup.Should().NotContain("<script>").And.NotContain("]]>");
        var root = SvgAssert.ParseAccessible(chart, data.Title, data.Description);
        SvgAssert.Texts(root, "legend-label").Last().Should().Be("Not discussed" + hostile);
    }

    [Fact]
    public void Render_IsDeterministicUnderAnyCulture()
    {
        var markup = SvgAssert.SameUnderAnyCulture(() => StackedBarChart.Render(ChartSamples.Outcomes()).Markup);
        markup.Should().Contain(">1.5<").And.Contain(">6.5<");
    }

    [Fact]
    public void Render_AllZeroGroup_HasNoSegmentsAndTotalZero()
    {
        var data = new StackedBarChartData("t", "d", ["x", "y"], [new StackedBarGroup("a", [0, 0]), new StackedBarGroup("b", [1, 2])]);
        var root = Parse(data);
        SvgAssert.WithClass(SvgAssert.WithClass(root, "bar-group")[0], "segment").Should().BeEmpty();
        SvgAssert.Texts(root, "total-label").Should().Equal("0", "3");
    }

    [Fact]
    public void Data_GroupWithWrongValueCount_NamesTheGroup()
    {
        var act = () => new StackedBarChartData("t", "d", ["x", "y"], [new StackedBarGroup("a", [1, 2]), new StackedBarGroup("B", [1])]);
        var error = act.Should().Throw<DomainValidationException>().WithParameterName("groups").Which;
        error.Rule.Should().Be("segment-count");
        error.Location.Should().Be("groups[1].values");
        error.Message.Should().Contain("('B') has 1 values but the chart has 2 segments");
    }

    [Fact]
    public void Group_Equality_IsByContent()
    {
        EqualityAssert.Contract(new StackedBarGroup("A", [1, 2]), new StackedBarGroup("A", [1, 2]), new StackedBarGroup("A", [2, 1]), new StackedBarGroup("B", [1, 2]));
    }

    [Fact]
    public void Group_NegativeValue_NamesGroupAndSegment()
    {
        var act = () => new StackedBarGroup("Group C", [1, -3]);
        var error = act.Should().Throw<DomainValidationException>().WithParameterName("values").Which;
        error.Location.Should().Be("values[1]");
        error.Message.Should().Contain("'Group C (segment 2)'").And.Contain("zero or more");
    }

    [Fact]
    public void Data_DuplicateSegment_NamesIt()
    {
        var act = () => new StackedBarChartData("t", "d", ["x", "x"], [new StackedBarGroup("a", [1, 2])]);
        act.Should().Throw<DomainValidationException>().Which.Location.Should().Be("segments[1]");
    }

    [Fact]
    public void Data_BlankSegment_NamesIt()
    {
        var act = () => new StackedBarChartData("t", "d", ["x", " "], [new StackedBarGroup("a", [1, 2])]);
        act.Should().Throw<DomainValidationException>().WithParameterName("segments").Which.Location.Should().Be("segments[1]");
    }

    [Fact]
    public void Data_DuplicateGroup_NamesIt()
    {
        var act = () => new StackedBarChartData("t", "d", ["x"], [new StackedBarGroup("a", [1]), new StackedBarGroup("a", [2])]);
        act.Should().Throw<DomainValidationException>().Which.Location.Should().Be("groups[1]");
    }

    [Fact]
    public void Data_EmptyLists_NameTheRule()
    {
        var noSegments = () => new StackedBarChartData("t", "d", [], [new StackedBarGroup("a", [])]);
        noSegments.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("no-segments");
        var noGroups = () => new StackedBarChartData("t", "d", ["x"], []);
        noGroups.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("no-groups");
    }

    private static System.Xml.Linq.XElement Parse(StackedBarChartData data) =>
        SvgAssert.ParseAccessible(StackedBarChart.Render(data), data.Title, data.Description);
}
