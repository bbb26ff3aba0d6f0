using System.Linq;
using NodaTime;
using Wgec.Core.Reporting.Charts;

namespace Wgec.Core.Tests.Reporting.Charts;

/// <summary>Chart labels are never cut off: they wrap, or are shortened with "…" and carry the whole label as a tooltip.</summary>
public sealed class LabelFittingTests
{
    private const string Long = "Report to the Commission on Science and Technology for Development (CSTD) at its 17th session";

    [Fact]
    public void Fit_OneHostileWordOf4000Characters_IsCutToTheLongestPrefixThatFits()
    {
        var word = new string('w', 3999) + "z";
        var lines = TextMetrics.Fit(word, 60, 12, 2);

        lines.Should().ContainSingle().Which.Should().EndWith("…");
        TextMetrics.Width(lines[0], 12).Should().BeLessThanOrEqualTo(60);
        TextMetrics.Width(lines[0].TrimEnd('…') + "w…", 12).Should().BeGreaterThan(60, "one more character would not fit");
    }

    [Fact]
    public void Fit_NeverCutsASurrogatePairInHalf()
    {
        var lines = TextMetrics.Fit(string.Concat(Enumerable.Repeat("🌍", 40)), 60, 12, 2);
        lines.Single().TrimEnd('…').Should().NotEndWith("\ud83c").And.Match(t => !char.IsHighSurrogate(t[t.Length - 1]));
    }

    [Fact]
    public void Fit_ShortText_IsKeptWhole()
    {
        TextMetrics.Fit("4th meeting", 300, 12, 2).Should().Equal("4th meeting");
    }

    [Fact]
    public void Fit_LongText_WrapsThenShortensTheLastLine_EveryLineWithinTheWidth()
    {
        var lines = TextMetrics.Fit(Long, 200, 12, 2);
        lines.Should().HaveCount(2);
        lines[1].Should().EndWith("…");
        lines.Should().OnlyContain(l => TextMetrics.Width(l, 12) <= 200);
        Long.Should().StartWith(lines[0]);
    }

    [Fact]
    public void Fit_OneWordWiderThanTheBox_IsShortened()
    {
        var lines = TextMetrics.Fit("Supercalifragilisticexpialidocious", 60, 12, 2);
        lines.Should().ContainSingle().Which.Should().EndWith("…");
        TextMetrics.Width(lines[0], 12).Should().BeLessThanOrEqualTo(60);
    }

    [Fact]
    public void Timeline_LongLabel_WrapsOrShortens_WithTheWholeLabelInTheTooltip()
    {
        var data = new TimelineChartData("T", "D", [TimelineItem.Event(new LocalDate(2014, 5, 12), Long), TimelineItem.Event(new LocalDate(2013, 3, 22), "Start")]);
        var svg = SvgAssert.ParseAccessible(TimelineChart.Render(data), "T", "D");
        var label = SvgAssert.WithClass(svg, "item-label").First(e => e.Value.StartsWith("Report", System.StringComparison.Ordinal));
        label.Value.Should().NotBe(Long);
        svg.Descendants(SvgAssert.Svg + "title").Select(t => t.Value).Should().Contain(t => t.StartsWith(Long, System.StringComparison.Ordinal));
        foreach (var placement in TimelineChart.Layout(data))
        {
            placement.LabelRight.Should().BeLessThanOrEqualTo(TimelineChart.Width, "no label runs past the chart");
        }
    }

    [Fact]
    public void StackedBars_LongGroupLabel_WrapsInsideTheLabelColumn_NeverPastTheLeftEdge()
    {
        var data = new StackedBarChartData("T", "D", ["Agreed", "Other"], [new StackedBarGroup("E. Barriers for participation in enhanced cooperation", [1, 2]), new StackedBarGroup("A. Short", [2, 1])]);
        var svg = SvgAssert.ParseAccessible(StackedBarChart.Render(data), "T", "D");
        var labels = SvgAssert.WithClass(svg, "category-label");
        var lines = labels.Take(labels.Count - 1).Select(l => l.Value).ToList();
        lines.Should().HaveCountGreaterThan(1, "a label wider than its column wraps");
        string.Join(" ", lines).Should().Be("E. Barriers for participation in enhanced cooperation");
        labels.Should().OnlyContain(l => SvgAssert.Number(l, "x") - TextMetrics.Width(l.Value, 12) >= 0, "an end-anchored line never starts left of the chart");
    }
}
