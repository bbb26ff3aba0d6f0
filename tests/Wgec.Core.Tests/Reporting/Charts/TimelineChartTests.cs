using System;
using System.Linq;
using CsCheck;
using NodaTime;
using Wgec.Core.Reporting.Charts;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Reporting.Charts;

public sealed class TimelineChartTests
{
    [Fact]
    public void Render_IsAccessibleWellFormedSvg()
    {
        var data = ChartSamples.Process();
        SvgAssert.ParseAccessible(TimelineChart.Render(data), data.Title, data.Description);
    }

    [Fact]
    public void Render_DrawsItemsInChronologicalOrder()
    {
        var root = Parse(ChartSamples.Process());
        SvgAssert.Texts(root, "item-label").Should().Equal(
            "Working group established", "1st meeting", "Questionnaire deadline", "Extended deadline", "2nd meeting",
            "Correspondence group document due", "3rd meeting", "4th meeting", "CSTD 17th session");
        SvgAssert.Texts(root, "item-date").Should().Equal(
            "22 Mar 2013", "30\u201331 May 2013", "15 Aug 2013", "17 Sep 2013", "6\u20138 Nov 2013",
            "12 Feb 2014", "24\u201328 Feb 2014", "30 Apr \u2013 2 May 2014", "12\u201316 May 2014");
        SvgAssert.WithClass(root, "event-mark").Should().HaveCount(4);
        SvgAssert.WithClass(root, "interval-mark").Should().HaveCount(5);
    }

    [Fact]
    public void Render_HasYearAndMonthTicks()
    {
        var root = Parse(ChartSamples.Process());
        SvgAssert.Texts(root, "year-label").Should().Equal("2013", "2014");
        var months = SvgAssert.Texts(root, "month-label");
        months.Should().Contain(["Mar", "Nov", "May"]);
        SvgAssert.WithClass(root, "year-tick").Should().NotBeEmpty();
    }

    [Fact]
    public void Render_MarksAndLabelsMatchTheLayout()
    {
        var data = ChartSamples.Process();
        var root = Parse(data);
        var layout = TimelineChart.Layout(data);
        var labels = SvgAssert.WithClass(root, "item-label");
        labels.Select(l => SvgAssert.Number(l, "x")).Should().Equal(layout.Select(p => Math.Round(p.LabelLeft, 2)));
        SvgAssert.WithClass(root, "interval-mark").Select(m => SvgAssert.Number(m, "x"))
            .Should().Equal(layout.Where(p => !p.Item.IsEvent).Select(p => Math.Round(p.MarkLeft, 2)));
    }

    [Fact]
    public void Layout_NoTwoItemsInARowOverlap()
    {
        AssertNoOverlap(TimelineChart.Layout(ChartSamples.Process()));
    }

    [Fact]
    public void Render_FromTheFirstToTheLastDayOfTheCalendar_TicksOnlyTheYearsItLabels()
    {
        var data = new TimelineChartData("t", "d",
        [
            TimelineItem.Event(LocalDate.MinIsoValue, "First day"),
            TimelineItem.Interval(new LocalDate(9999, 12, 1), LocalDate.MaxIsoValue, "Last month"),
        ]);

        var svg = SvgAssert.ParseAccessible(TimelineChart.Render(data), "t", "d");
        var ticks = SvgAssert.WithClass(svg, "year-tick");
        ticks.Count.Should().BeInRange(2, 30, "20,000 years cannot each have a tick 0.04 px apart");
        SvgAssert.WithClass(svg, "month-tick").Should().BeEmpty();
        var layout = TimelineChart.Layout(data);
        layout[1].MarkRight.Should().BeInRange(TimelineChart.Width - 16, TimelineChart.Width - 14, "the last month of 9999 ends at the right of the plot (its mark widened to 4 px about its centre)");
    }

    [Fact]
    public void Layout_CloseItemsGoToDifferentRows()
    {
        var data = new TimelineChartData("t", "d",
        [
            TimelineItem.Event(new LocalDate(2013, 8, 15), "Questionnaire deadline"),
            TimelineItem.Event(new LocalDate(2013, 8, 16), "Another event the next day"),
        ]);
        TimelineChart.Layout(data).Select(p => p.Row).Should().Equal(0, 1);
    }

    [Fact]
    public void Layout_IntervalsAreInclusiveAndProportional()
    {
        var data = new TimelineChartData("t", "d",
        [
            TimelineItem.Interval(new LocalDate(2013, 1, 1), new LocalDate(2013, 1, 10), "ten days"),
            TimelineItem.Interval(new LocalDate(2013, 3, 1), new LocalDate(2013, 3, 20), "twenty days"),
        ]);
        var layout = TimelineChart.Layout(data);
        var ten = layout[0].MarkRight - layout[0].MarkLeft;
        var twenty = layout[1].MarkRight - layout[1].MarkLeft;
        (twenty / ten).Should().BeApproximately(2, 0.001);
    }

    [Fact]
    public void Layout_Property_RowsNeverOverlapAndStayInsideTheChart()
    {
        var genItem = Gen.Select(Gen.Int[0, 3000], Gen.Int[0, 120], Gen.Bool, Gen.String[Gen.Char.AlphaNumeric, 1, 40])
            .Select(t => t.Item3
                ? TimelineItem.Event(new LocalDate(2010, 1, 1).PlusDays(t.Item1), t.Item4)
                : TimelineItem.Interval(new LocalDate(2010, 1, 1).PlusDays(t.Item1), new LocalDate(2010, 1, 1).PlusDays(t.Item1 + t.Item2), t.Item4));
        genItem.Array[1, 25].Sample(items =>
        {
            var data = new TimelineChartData("t", "d", items);
            var layout = TimelineChart.Layout(data);
            AssertNoOverlap(layout);
            layout.Should().OnlyContain(p => p.Left >= 0 && p.Right <= TimelineChart.Width);
            layout.Select(p => p.Item).Should().Equal(data.Items);
            data.Items.Select(i => i.Start).Should().BeInAscendingOrder();
        }, iter: 1000);
    }

    [Fact]
    public void Render_IsDeterministicUnderAnyCulture()
    {
        var markup = SvgAssert.SameUnderAnyCulture(() => TimelineChart.Render(ChartSamples.Process()).Markup);
        markup.Should().Contain("6\u20138 Nov 2013").And.Contain(">Mar<");
    }

    [Fact]
    public void Render_HostileText_IsEscaped()
    {
        const string hostile = " <script>x</script> & ' \" ]]>";
        var data = ChartSamples.Process(hostile);
        var chart = TimelineChart.Render(data);
        chart.Markup.Should().NotContain("<script>").And.NotContain("]]>");
        var root = SvgAssert.ParseAccessible(chart, data.Title, data.Description);
        SvgAssert.Texts(root, "item-label").Should().Contain("1st meeting" + hostile);
    }

    [Fact]
    public void Render_LongRange_ThinsTheTickLabels()
    {
        var data = new TimelineChartData("t", "d",
        [
            TimelineItem.Event(new LocalDate(2003, 12, 10), "WSIS Geneva phase"),
            TimelineItem.Event(new LocalDate(2018, 1, 31), "Second WGEC ends"),
        ]);
        var root = Parse(data);
        SvgAssert.Texts(root, "month-label").Should().BeEmpty();
        SvgAssert.Texts(root, "year-label").Count.Should().BeInRange(2, 16);
    }

    [Theory]
    [InlineData(2013, 12, 15, 2014, 1, 10, "15 Dec 2013 \u2013 10 Jan 2014")]
    [InlineData(2014, 4, 30, 2014, 5, 2, "30 Apr \u2013 2 May 2014")]
    [InlineData(2013, 11, 6, 2013, 11, 8, "6\u20138 Nov 2013")]
    [InlineData(2013, 9, 17, 2013, 9, 17, "17 Sep 2013")]
    public void DateText_ReadsNaturally(int y1, int m1, int d1, int y2, int m2, int d2, string expected)
    {
        TimelineItem.Interval(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2), "x").DateText.Should().Be(expected);
    }

    [Fact]
    public void Interval_EndBeforeStart_NamesTheItemAndDates()
    {
        var act = () => TimelineItem.Interval(new LocalDate(2013, 11, 8), new LocalDate(2013, 11, 6), "2nd meeting");
        var error = act.Should().Throw<DomainValidationException>().WithParameterName("end").Which;
        error.Rule.Should().Be("end-before-start");
        error.Message.Should().Contain("'2nd meeting'").And.Contain("2013-11-06").And.Contain("2013-11-08");
    }

    [Fact]
    public void Item_Equality_IsByContent()
    {
        var day = new LocalDate(2013, 9, 17);
        // An event differs from a one-day interval.
        EqualityAssert.Contract(TimelineItem.Event(day, "x"), TimelineItem.Event(day, "x"), TimelineItem.Interval(day, day, "x"), TimelineItem.Event(day.PlusDays(1), "x"));
    }

    [Fact]
    public void Item_BlankLabel_NamesLabel()
    {
        var act = () => TimelineItem.Event(new LocalDate(2013, 1, 1), "\t");
        act.Should().Throw<DomainValidationException>().WithParameterName("label");
    }

    [Fact]
    public void Data_NoItems_NamesTheRule()
    {
        var act = () => new TimelineChartData("t", "d", []);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("no-items");
    }

    private static void AssertNoOverlap(System.Collections.Immutable.ImmutableArray<TimelinePlacement> layout)
    {
        foreach (var row in layout.GroupBy(p => p.Row))
        {
            var ordered = row.OrderBy(p => p.Left).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                ordered[i].Left.Should().BeGreaterThanOrEqualTo(ordered[i - 1].Right + TimelineChart.Gap,
                    $"'{ordered[i - 1].Item.Label}' and '{ordered[i].Item.Label}' share row {row.Key}");
            }
        }
    }

    private static System.Xml.Linq.XElement Parse(TimelineChartData data) =>
        SvgAssert.ParseAccessible(TimelineChart.Render(data), data.Title, data.Description);
}
