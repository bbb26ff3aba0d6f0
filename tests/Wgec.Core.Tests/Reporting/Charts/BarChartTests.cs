using System;
using System.Linq;
using Wgec.Core.Reporting.Charts;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Reporting.Charts;

public sealed class BarChartTests
{
    private static readonly string[] Categories = ["Governments", "Private sector", "Civil society", "Technical and academic", "Sum of categories"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_IsAccessibleWellFormedSvg(bool vertical)
    {
        var data = ChartSamples.Respondents(Orientation(vertical));
        SvgAssert.ParseAccessible(BarChart.Render(data), data.Title, data.Description);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_DrawsOneBarPerCategoryWithItsLabelAndValue(bool vertical)
    {
        var root = SvgAssert.ParseAccessible(BarChart.Render(ChartSamples.Respondents(Orientation(vertical))), ChartSamples.Respondents().Title, ChartSamples.Respondents().Description);

        SvgAssert.WithClass(root, "bar").Should().HaveCount(5);
        SvgAssert.WithClass(root, "bar-item").Should().HaveCount(5);
        SvgAssert.WithClass(root, "category-label")
            .GroupBy(t => t.Parent).Select(g => string.Join(" ", g.Select(t => t.Value)))
            .Should().Equal(Categories);
        SvgAssert.Texts(root, "value-label").Should().Equal("29", "8", "23", "11", "71 \u2020");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_MarksTheDiscrepancy(bool vertical)
    {
        var root = SvgAssert.ParseAccessible(BarChart.Render(ChartSamples.Respondents(Orientation(vertical))), ChartSamples.Respondents().Title, ChartSamples.Respondents().Description);

        SvgAssert.WithClass(root, "flagged").Should().ContainSingle()
            .Which.Parent!.Elements(SvgAssert.Svg + "title").Single().Value.Should().Be("Sum of categories: 71; declared total: 69");
        SvgAssert.WithClass(root, "marker").Should().ContainSingle();
        SvgAssert.Texts(root, "marker-label").Should().Equal("declared total: 69");
        string.Join(" ", SvgAssert.Texts(root, "discrepancy-note")).Should().Be("\u2020 " + ChartSamples.DiscrepancyNote);
        SvgAssert.WithClass(root, "discrepancy-box").Should().ContainSingle();
        SvgAssert.Texts(root, "annotation").Should().NotBeEmpty();
    }

    private static BarChartOrientation Orientation(bool vertical) => vertical ? BarChartOrientation.Vertical : BarChartOrientation.Horizontal;

    [Fact]
    public void Render_Horizontal_BarLengthsAndMarkerAreProportional()
    {
        var root = SvgAssert.ParseAccessible(BarChart.Render(ChartSamples.Respondents()), ChartSamples.Respondents().Title, ChartSamples.Respondents().Description);
        var bars = SvgAssert.WithClass(root, "bar");
        var widths = bars.Select(b => SvgAssert.Number(b, "width")).ToList();
        var left = SvgAssert.Number(bars[0], "x");
        (widths[0] / widths[1]).Should().BeApproximately(29.0 / 8, 0.01);
        (widths[4] / widths[0]).Should().BeApproximately(71.0 / 29, 0.01);
        var marker = SvgAssert.WithClass(root, "marker").Single();
        ((SvgAssert.Number(marker, "x1") - left) / widths[4]).Should().BeApproximately(69.0 / 71, 0.01);
    }

    [Fact]
    public void Render_Vertical_BarHeightsAreProportional()
    {
        var root = SvgAssert.ParseAccessible(BarChart.Render(ChartSamples.Respondents(BarChartOrientation.Vertical)), ChartSamples.Respondents().Title, ChartSamples.Respondents().Description);
        var heights = SvgAssert.WithClass(root, "bar").Select(b => SvgAssert.Number(b, "height")).ToList();
        (heights[2] / heights[3]).Should().BeApproximately(23.0 / 11, 0.01);
    }

    [Fact]
    public void Render_WithoutDiscrepancy_HasNoDaggerAndNoBox()
    {
        var data = new BarChartData("t", "d", [new BarChartBar("a", 1, flagged: true), new BarChartBar("b", 0)]);
        var root = SvgAssert.ParseAccessible(BarChart.Render(data), "t", "d");
        SvgAssert.Texts(root, "value-label").Should().Equal("1", "0");
        SvgAssert.WithClass(root, "discrepancy").Should().BeEmpty();
        SvgAssert.WithClass(root, "bar").Select(b => SvgAssert.Number(b, "width")).Last().Should().Be(0);
    }

    [Fact]
    public void Render_HostileText_IsEscaped()
    {
        const string hostile = " <script>alert('x')</script> & \"q\" ]]>";
        var data = ChartSamples.Respondents(extra: hostile);
        var chart = BarChart.Render(data);
        chart.Markup.Should().NotContain("<script>").And.NotContain("]]>");
        var root = SvgAssert.ParseAccessible(chart, data.Title, data.Description);
        SvgAssert.Texts(root, "category-label").Should().Contain(t => t.Contains("<script>alert('x')</script>"));
        root.Descendants(SvgAssert.Svg + "script").Should().BeEmpty();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_IsDeterministicUnderAnyCulture(bool vertical)
    {
        var data = new BarChartData("t", "d", [new BarChartBar("a", 1.5), new BarChartBar("b", 1234.25, marker: new BarMarker(1000.5, "m"))], Orientation(vertical));
        var markup = SvgAssert.SameUnderAnyCulture(() => BarChart.Render(data).Markup);
        markup.Should().Contain(">1.5<").And.Contain(">1,234.25<").And.Contain("m: 1,000.5");
    }

    [Fact]
    public void Render_Vertical_LongLabelsWrap()
    {
        var data = new BarChartData("t", "d", [new BarChartBar("Intergovernmental and international organisations", 5), new BarChartBar("b", 3)], BarChartOrientation.Vertical);
        var root = SvgAssert.ParseAccessible(BarChart.Render(data), "t", "d");
        SvgAssert.WithClass(root, "category-label").Count.Should().BeGreaterThan(2);
    }

    [Fact]
    public void Bar_Equality_IsByContent()
    {
        var bar = new BarChartBar("Sum", 71, flagged: true, marker: new BarMarker(69, "declared total"));
        EqualityAssert.Contract(
            bar,
            new BarChartBar(" Sum ", 71, flagged: true, marker: new BarMarker(69, "declared total")),
            new BarChartBar("Sum", 71, flagged: true, marker: new BarMarker(70, "declared total")),
            new BarChartBar("Sum", 71, flagged: false, marker: new BarMarker(69, "declared total")));
        bar.Should().NotBe(new BarChartBar("Sum", 71, flagged: true, marker: new BarMarker(69, "declared total"), valueLabel: "71 replies"));
        new BarMarker(1, "a").Should().NotBe(new BarMarker(1, "A"));
    }

    [Fact]
    public void Bar_NegativeValue_NamesTheBar()
    {
        var act = () => new BarChartBar("Governments", -1);
        var error = act.Should().Throw<DomainValidationException>().WithParameterName("value").Which;
        error.Rule.Should().Be("negative-value");
        error.Message.Should().Contain("'Governments'").And.Contain("-1");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Bar_NonFiniteValue_NamesTheRule(double value)
    {
        var act = () => new BarChartBar("a", value);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("not-finite");
    }

    [Fact]
    public void Bar_BlankLabel_NamesLabel()
    {
        var act = () => new BarChartBar(" ", 1);
        act.Should().Throw<DomainValidationException>().WithParameterName("label").Which.Rule.Should().Be("blank-label");
    }

    [Fact]
    public void Marker_NegativeValue_NamesTheMarker()
    {
        var act = () => new BarMarker(-2, "declared total");
        act.Should().Throw<DomainValidationException>().WithParameterName("value").Which.Message.Should().Contain("'declared total'");
    }

    [Fact]
    public void Data_DuplicateLabel_NamesTheSecondBar()
    {
        var act = () => new BarChartData("t", "d", [new BarChartBar("a", 1), new BarChartBar("a", 2)]);
        var error = act.Should().Throw<DomainValidationException>().WithParameterName("bars").Which;
        error.Location.Should().Be("bars[1]");
        error.Rule.Should().Be("duplicate-label");
    }

    [Fact]
    public void Data_NoBars_NamesTheRule()
    {
        var act = () => new BarChartData("t", "d", []);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("no-bars");
    }

    [Fact]
    public void Data_NullBar_NamesIndex()
    {
        var act = () => new BarChartData("t", "d", [new BarChartBar("a", 1), null!]);
        act.Should().Throw<DomainValidationException>().Which.Location.Should().Be("bars[1]");
    }

    [Theory]
    [InlineData("", "d", "title")]
    [InlineData("t", " ", "description")]
    public void Data_BlankText_NamesIt(string title, string description, string param)
    {
        var act = () => new BarChartData(title, description, [new BarChartBar("a", 1)]);
        act.Should().Throw<DomainValidationException>().WithParameterName(param);
    }

    [Fact]
    public void Data_UnknownOrientation_Throws()
    {
        var act = () => new BarChartData("t", "d", [new BarChartBar("a", 1)], (BarChartOrientation)7);
        act.Should().Throw<ArgumentException>().WithParameterName("orientation");
    }
}
