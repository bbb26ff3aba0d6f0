using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Wgec.Core.Reporting.Html;

namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// Renders a <see cref="TimelineChartData"/> as inline SVG: events as dots and inclusive intervals
/// as bars on a date axis with month and year ticks. Each item's label and dates sit under its mark;
/// items are stacked into rows so that no two label blocks or marks in a row overlap.
/// </summary>
/// <remarks>Stateless and thread-safe; deterministic output under any culture.</remarks>
internal static class TimelineChart
{
    /// <summary>The width of the chart.</summary>
    internal const double Width = 720;

    /// <summary>The least horizontal gap between two items in one row.</summary>
    internal const double Gap = 10;

    private const double Padding = 12;
    private const double PlotLeft = Padding + 4;
    private const double PlotRight = Width - Padding - 4;
    private const double RowHeight = 60;
    private const double LineHeight = 14;
    private const double LabelSize = 12;
    private const double DateSize = 10.5;
    private const double DotRadius = 5;
    private const double MinimumIntervalWidth = 4;
    private const double MaxLabelWidth = 320;
    private const string MonthNames = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /// <summary>Places every item: its row and extents, in the chronological order of <see cref="TimelineChartData.Items"/>.</summary>
    /// <param name="data">The chart input.</param>
    /// <returns>One placement per item.</returns>
    internal static ImmutableArray<TimelinePlacement> Layout(TimelineChartData data)
    {
        Preconditions.NotNull(data);
        var axis = new DateAxis(data);
        var rowRights = new List<double>();
        var placements = ImmutableArray.CreateBuilder<TimelinePlacement>(data.Items.Length);
        foreach (var item in data.Items)
        {
            double markLeft, markRight;
            if (item.IsEvent)
            {
                var centre = axis.DayCentre(item.Start);
                markLeft = centre - DotRadius;
                markRight = centre + DotRadius;
            }
            else
            {
                markLeft = axis.X(item.Start);
                markRight = axis.AfterDay(item.End);
                if (markRight - markLeft < MinimumIntervalWidth)
                {
                    var centre = (markLeft + markRight) / 2;
                    markLeft = centre - (MinimumIntervalWidth / 2);
                    markRight = centre + (MinimumIntervalWidth / 2);
                }
            }

            var labelWidth = Math.Max(Label(item).Max(l => TextMetrics.Width(l, LabelSize)), TextMetrics.Width(item.DateText, DateSize));
            var labelLeft = Math.Max(PlotLeft, Math.Min(markLeft, PlotRight - labelWidth));
            var left = Math.Min(markLeft, labelLeft);
            var right = Math.Max(markRight, labelLeft + labelWidth);
            var row = 0;
            while (row < rowRights.Count && rowRights[row] + Gap > left)
            {
                row++;
            }

            if (row == rowRights.Count)
            {
                rowRights.Add(right);
            }
            else
            {
                rowRights[row] = right;
            }

            placements.Add(new TimelinePlacement(item, row, markLeft, markRight, labelLeft, labelLeft + labelWidth));
        }

        return placements.MoveToImmutable();
    }

    /// <summary>Renders the chart.</summary>
    /// <param name="data">The validated chart input.</param>
    /// <returns>The SVG.</returns>
    internal static InlineSvg Render(TimelineChartData data)
    {
        Preconditions.NotNull(data);
        var axis = new DateAxis(data);
        var placements = Layout(data);
        var rows = placements.Max(p => p.Row) + 1;
        const double plotTop = Padding;
        var axisY = plotTop + (rows * RowHeight) + 4;
        var notes = new ChartNotes(data.Annotation, null, Width - (2 * Padding));
        var height = axisY + 40 + notes.Height + Padding;

        var svg = new SvgBuilder(Width, height, "timeline-chart", data.Title, data.Description);
        DrawAxis(svg, axis, plotTop, axisY);
        foreach (var p in placements)
        {
            var item = p.Item;
            var top = plotTop + (p.Row * RowHeight);
            svg.OpenGroup(item.IsEvent ? "timeline-item event" : "timeline-item interval", item.Label + ": " + item.DateText);
            if (item.IsEvent)
            {
                svg.Circle("event-mark", (p.MarkLeft + p.MarkRight) / 2, top + 9, DotRadius, ChartPalette.Alert, "#ffffff");
            }
            else
            {
                svg.Rect("interval-mark", p.MarkLeft, top + 4, p.MarkRight - p.MarkLeft, 10, ChartPalette.Bar, null, "rx=\"2\"");
            }

            var lines = Label(item);
            svg.Lines("item-label", p.LabelLeft, top + 29, LineHeight, lines)
                .Text("item-date", p.LabelLeft, top + 41 + ((lines.Count - 1) * LineHeight), item.DateText, fill: ChartPalette.MutedInk, style: "font-size=\"10.5\"")
                .CloseGroup();
        }

        notes.Draw(svg, Padding, axisY + 40, Width - (2 * Padding));
        return InlineSvg.FromBuilder(svg);
    }

    // A long label wraps onto two lines, then is shortened; the item's tooltip carries the whole label.
    private static IReadOnlyList<string> Label(TimelineItem item) => TextMetrics.Fit(item.Label, MaxLabelWidth, LabelSize, 2);

    private static void DrawAxis(SvgBuilder svg, DateAxis axis, double plotTop, double axisY)
    {
        var months = axis.MonthCount;
        var perMonth = (PlotRight - PlotLeft) / months;
        var monthStride = Stride(perMonth, 26, [1, 2, 3, 6, 12]);
        var yearStride = Stride(perMonth * 12, 40, [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]);

        // Month by month when months are ticked; otherwise the first month and each January, so that thousands
        // of years cost thousands of steps, not millions, and years are ticked only as often as they can be seen.
        var step = perMonth >= 4 ? 1 : 12;
        var yearTick = perMonth * 12 >= 4 ? 1 : yearStride;
        var firstJanuary = (13 - axis.Start.Month) % 12;
        svg.OpenGroup("axis");
        svg.Line("axis-line", PlotLeft, axisY, PlotRight, axisY, ChartPalette.Ink);
        for (var i = 0; i < months; i = step == 1 || i >= firstJanuary ? i + step : firstJanuary)
        {
            // Each month from the start, never one past the last: the month after December 9999 does not exist.
            var month = axis.Start.PlusMonths(i);
            var x = axis.X(month);
            var isYear = month.Month == 1;
            if (isYear ? month.Year % yearTick == 0 : perMonth >= 4)
            {
                svg.Line(isYear ? "year-tick" : "month-tick", x, plotTop, x, axisY + (isYear ? 6 : 3), isYear ? ChartPalette.MutedInk : ChartPalette.Grid);
            }

            if (monthStride < 12 && (month.Month - 1) % monthStride == 0 && perMonth * monthStride >= 26)
            {
                svg.Text("month-label", x + (perMonth / 2), axisY + 14, MonthNames.Substring((month.Month - 1) * 3, 3), "middle", ChartPalette.MutedInk, "font-size=\"10\"");
            }

            var labelYear = isYear
                ? i == 0 || month.Year % yearStride == 0
                : i == 0 && (13 - month.Month) * perMonth >= 40;
            if (labelYear)
            {
                svg.Text("year-label", x + 2, axisY + 28, MarkupText.Integer(month.Year), style: "font-size=\"11\" font-weight=\"bold\"");
            }
        }

        svg.Line("year-tick", PlotRight, plotTop, PlotRight, axisY + 6, ChartPalette.MutedInk);
        svg.CloseGroup();
    }

    private static int Stride(double pixelsPerUnit, double minimumPixels, int[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (pixelsPerUnit * candidate >= minimumPixels)
            {
                return candidate;
            }
        }

        return candidates[candidates.Length - 1];
    }

    /// <summary>The date axis: whole months from the first item's month to the last item's month.</summary>
    /// <remarks>The end is counted in days, not as a date: the day after 31 December 9999 is past NodaTime's calendar.</remarks>
    private sealed class DateAxis
    {
        private readonly double _days;

        internal DateAxis(TimelineChartData data)
        {
            var first = data.Items.Min(i => i.Start);
            var last = data.Items.Max(i => i.End);
            Start = new LocalDate(first.Year, first.Month, 1);
            var lastMonth = new LocalDate(last.Year, last.Month, 1);
            MonthCount = (int)Period.Between(Start, lastMonth, PeriodUnits.Months).Months + 1;
            _days = Period.Between(Start, lastMonth, PeriodUnits.Days).Days + CalendarSystem.Iso.GetDaysInMonth(last.Year, last.Month);
        }

        internal LocalDate Start { get; }

        internal int MonthCount { get; }

        private double DayWidth => (PlotRight - PlotLeft) / _days;

        internal double X(LocalDate date) =>
            PlotLeft + (Period.Between(Start, date, PeriodUnits.Days).Days * DayWidth);

        /// <summary>Where the day after <paramref name="date"/> begins: the right edge of an interval ending on it.</summary>
        internal double AfterDay(LocalDate date) => X(date) + DayWidth;

        internal double DayCentre(LocalDate date) => X(date) + (DayWidth / 2);
    }
}
