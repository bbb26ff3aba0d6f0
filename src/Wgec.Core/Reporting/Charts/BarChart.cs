using System;
using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Reporting.Html;

namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// Renders a <see cref="BarChartData"/> as inline SVG: one bar per category with its value label,
/// round-number gridlines, reference markers, flagged bars and the notes underneath.
/// </summary>
/// <remarks>Stateless and thread-safe; deterministic output under any culture.</remarks>
internal static class BarChart
{
    private const double Padding = 12;
    private const double FontSize = 12;
    private const double LineHeight = 14;
    private const double MinimumWidth = 640;
    private const string Dagger = " \u2020";

    /// <summary>Renders the chart.</summary>
    /// <param name="data">The validated chart input.</param>
    /// <returns>The SVG.</returns>
    internal static InlineSvg Render(BarChartData data)
    {
        Preconditions.NotNull(data);
        return data.Orientation == BarChartOrientation.Horizontal ? RenderHorizontal(data) : RenderVertical(data);
    }

    private static string ValueText(BarChartData data, BarChartBar bar) =>
        bar.Flagged && data.Discrepancy is not null ? bar.ValueLabel + Dagger : bar.ValueLabel;

    private static string? MarkerText(BarChartBar bar) =>
        bar.Marker is null ? null : bar.Marker.Label + ": " + MarkupText.Display(bar.Marker.Value);

    private static string? DiscrepancyText(BarChartData data) =>
        data.Discrepancy is null ? null : data.Bars.Any(b => b.Flagged) ? "\u2020 " + data.Discrepancy : data.Discrepancy;

    private static ChartScale Scale(BarChartData data) =>
        ChartScale.Covering(data.Bars.Max(b => Math.Max(b.Value, b.Marker?.Value ?? 0)));

    private static InlineSvg RenderHorizontal(BarChartData data)
    {
        const double barHeight = 18;
        var labelWidth = Math.Min(data.Bars.Max(b => TextMetrics.Width(b.Label, FontSize)), 220) + 10;
        var labels = data.Bars.Select(b => TextMetrics.Wrap(b.Label, labelWidth - 10, FontSize)).ToList();
        var rightWidth = data.Bars.Max(b =>
            TextMetrics.Width(ValueText(data, b), FontSize) + (MarkerText(b) is { } m ? 12 + TextMetrics.Width(m, 11) : 0)) + 16;
        var width = Math.Max(MinimumWidth, Padding + labelWidth + 240 + rightWidth + Padding);
        var plotLeft = Padding + labelWidth;
        var plotWidth = width - Padding - rightWidth - plotLeft;
        var rowHeights = labels.Select(l => Math.Max(30, (l.Count * LineHeight) + 10)).ToList();
        var plotTop = Padding;
        var axisY = plotTop + rowHeights.Sum();
        var notes = new ChartNotes(data.Annotation, DiscrepancyText(data), width - (2 * Padding));
        var height = axisY + 24 + notes.Height + Padding;
        var scale = Scale(data);
        double X(double v) => plotLeft + (scale.Fraction(v) * plotWidth);

        var svg = new SvgBuilder(width, height, "bar-chart horizontal", data.Title, data.Description);
        svg.OpenGroup("axis");
        for (var i = 0; i <= scale.Intervals; i++)
        {
            var x = X(scale.Tick(i));
            svg.Line("gridline", x, plotTop, x, axisY, i == 0 ? ChartPalette.Ink : ChartPalette.Grid)
                .Text("tick-label", x, axisY + 15, MarkupText.Display(scale.Tick(i)), "middle", ChartPalette.MutedInk, "font-size=\"10.5\"");
        }

        svg.CloseGroup();

        var top = plotTop;
        for (var i = 0; i < data.Bars.Length; i++)
        {
            var bar = data.Bars[i];
            var mid = top + (rowHeights[i] / 2);
            var barTop = mid - (barHeight / 2);
            var end = X(bar.Value);
            svg.OpenGroup("bar-item", bar.Label + ": " + bar.ValueLabel + (MarkerText(bar) is { } tip ? "; " + tip : string.Empty))
                .Lines("category-label", plotLeft - 8, mid + 4 - ((labels[i].Count - 1) * LineHeight / 2), LineHeight, labels[i], "end")
                .Rect(bar.Flagged ? "bar flagged" : "bar", plotLeft, barTop, end - plotLeft, barHeight, bar.Flagged ? ChartPalette.FlaggedBar : ChartPalette.Bar,
                    bar.Flagged ? ChartPalette.Alert : null, bar.Flagged ? "stroke-width=\"1.5\" stroke-dasharray=\"4 2\"" : null);
            var textX = end + 6;
            if (bar.Marker is not null)
            {
                var mx = X(bar.Marker.Value);
                svg.Line("marker", mx, barTop - 5, mx, barTop + barHeight + 5, ChartPalette.Alert, 2.5);
                textX = Math.Max(end, mx) + 6;
            }

            var valueText = ValueText(data, bar);
            svg.Text("value-label", textX, mid + 4, valueText, fill: bar.Flagged ? ChartPalette.Alert : ChartPalette.Ink, style: "font-weight=\"bold\"");
            if (MarkerText(bar) is { } markerText)
            {
                svg.Text("marker-label", textX + TextMetrics.Width(valueText, FontSize) + 12, mid + 4, markerText, fill: ChartPalette.Alert, style: "font-size=\"11\"");
            }

            svg.CloseGroup();
            top += rowHeights[i];
        }

        notes.Draw(svg, Padding, axisY + 24, width - (2 * Padding));
        return InlineSvg.FromBuilder(svg);
    }

    private static InlineSvg RenderVertical(BarChartData data)
    {
        const double plotHeight = 220;
        var scale = Scale(data);
        var tickWidth = Enumerable.Range(0, scale.Intervals + 1).Max(i => TextMetrics.Width(MarkupText.Display(scale.Tick(i)), 10.5));
        var plotLeft = Padding + tickWidth + 8;
        var minimumSlot = data.Bars.Max(b => Math.Max(TextMetrics.Width(ValueText(data, b), FontSize), 48) + 16);
        var width = Math.Max(MinimumWidth, plotLeft + (minimumSlot * data.Bars.Length) + Padding);
        var plotWidth = width - Padding - plotLeft;
        var slot = plotWidth / data.Bars.Length;
        var barWidth = Math.Min(56, slot * 0.6);
        var labels = data.Bars.Select(b => TextMetrics.Wrap(b.Label, slot - 8, FontSize)).ToList();
        var markerLabels = data.Bars.Select(b => MarkerText(b) is { } m ? TextMetrics.Wrap(m, slot - 4, 11) : (IReadOnlyList<string>)[]).ToList();
        var plotTop = Padding + 20 + (markerLabels.Max(l => l.Count) * 13);
        var axisY = plotTop + plotHeight;
        var labelsHeight = (labels.Max(l => l.Count) * LineHeight) + 10;
        var notes = new ChartNotes(data.Annotation, DiscrepancyText(data), width - (2 * Padding));
        var height = axisY + labelsHeight + notes.Height + Padding;
        double Y(double v) => axisY - (scale.Fraction(v) * plotHeight);

        var svg = new SvgBuilder(width, height, "bar-chart vertical", data.Title, data.Description);
        svg.OpenGroup("axis");
        for (var i = 0; i <= scale.Intervals; i++)
        {
            var y = Y(scale.Tick(i));
            svg.Line("gridline", plotLeft, y, width - Padding, y, i == 0 ? ChartPalette.Ink : ChartPalette.Grid)
                .Text("tick-label", plotLeft - 6, y + 4, MarkupText.Display(scale.Tick(i)), "end", ChartPalette.MutedInk, "font-size=\"10.5\"");
        }

        svg.CloseGroup();
        for (var i = 0; i < data.Bars.Length; i++)
        {
            var bar = data.Bars[i];
            var centre = plotLeft + (slot * (i + 0.5));
            var barTop = Y(bar.Value);
            svg.OpenGroup("bar-item", bar.Label + ": " + bar.ValueLabel + (MarkerText(bar) is { } tip ? "; " + tip : string.Empty))
                .Rect(bar.Flagged ? "bar flagged" : "bar", centre - (barWidth / 2), barTop, barWidth, axisY - barTop, bar.Flagged ? ChartPalette.FlaggedBar : ChartPalette.Bar,
                    bar.Flagged ? ChartPalette.Alert : null, bar.Flagged ? "stroke-width=\"1.5\" stroke-dasharray=\"4 2\"" : null);
            var textY = barTop - 6;
            if (bar.Marker is not null)
            {
                var my = Y(bar.Marker.Value);
                svg.Line("marker", centre - (barWidth / 2) - 5, my, centre + (barWidth / 2) + 5, my, ChartPalette.Alert, 2.5);
                textY = Math.Min(barTop, my) - 6;
            }

            svg.Text("value-label", centre, textY, ValueText(data, bar), "middle", bar.Flagged ? ChartPalette.Alert : ChartPalette.Ink, "font-weight=\"bold\"");
            var markerLines = markerLabels[i];
            if (markerLines.Count > 0)
            {
                svg.Lines("marker-label", centre, textY - (markerLines.Count * 13), 13, markerLines, "middle", ChartPalette.Alert, "font-size=\"11\"");
            }

            svg.Lines("category-label", centre, axisY + 16, LineHeight, labels[i], "middle").CloseGroup();
        }

        notes.Draw(svg, Padding, axisY + labelsHeight, width - (2 * Padding));
        return InlineSvg.FromBuilder(svg);
    }
}
