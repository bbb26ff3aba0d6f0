using System;
using System.Linq;
using Wgec.Core.Reporting.Html;

namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// Renders a <see cref="StackedBarChartData"/> as inline SVG: a legend, then one horizontal bar
/// per group, its segments stacked left to right in segment order, each labelled with its value
/// where it fits, and the group total at the end.
/// </summary>
/// <remarks>Stateless and thread-safe; deterministic output under any culture.</remarks>
internal static class StackedBarChart
{
    private const double Padding = 12;
    private const double FontSize = 12;
    private const double RowHeight = 34;
    private const double LineHeight = 14;
    private const double BarHeight = 20;
    private const double LegendRowHeight = 20;
    private const double MinimumWidth = 640;

    /// <summary>Renders the chart.</summary>
    /// <param name="data">The validated chart input.</param>
    /// <returns>The SVG.</returns>
    internal static InlineSvg Render(StackedBarChartData data)
    {
        Preconditions.NotNull(data);
        var labelWidth = Math.Min(data.Groups.Max(g => TextMetrics.Width(g.Label, FontSize)), 220) + 10;

        // Long group labels wrap onto two lines; beyond that they are shortened, the whole label in the group's tooltip.
        var labels = data.Groups.Select(g => TextMetrics.Fit(g.Label, labelWidth - 10, FontSize, 2)).ToList();
        var totalWidth = data.Groups.Max(g => TextMetrics.Width(MarkupText.Display(g.Total), FontSize)) + 16;
        var width = MinimumWidth;
        var plotLeft = Padding + labelWidth;
        var plotWidth = width - Padding - totalWidth - plotLeft;

        // Legend: swatch + name, flowing into rows.
        var legend = new (double X, int Row)[data.Segments.Length];
        double lx = Padding;
        var row = 0;
        for (var i = 0; i < data.Segments.Length; i++)
        {
            var itemWidth = 14 + 6 + TextMetrics.Width(data.Segments[i], FontSize) + 18;
            if (lx > Padding && lx + itemWidth > width - Padding)
            {
                row++;
                lx = Padding;
            }

            legend[i] = (lx, row);
            lx += itemWidth;
        }

        var plotTop = Padding + ((row + 1) * LegendRowHeight) + 10;
        var axisY = plotTop + (data.Groups.Length * RowHeight);
        var notes = new ChartNotes(data.Annotation, null, width - (2 * Padding));
        var height = axisY + 24 + notes.Height + Padding;
        var scale = ChartScale.Covering(data.Groups.Max(g => g.Total));
        double W(double v) => scale.Fraction(v) * plotWidth;

        var svg = new SvgBuilder(width, height, "stacked-bar-chart", data.Title, data.Description);
        svg.OpenGroup("legend");
        for (var i = 0; i < data.Segments.Length; i++)
        {
            var y = Padding + (legend[i].Row * LegendRowHeight);
            svg.Rect("legend-swatch", legend[i].X, y, 14, 14, ChartPalette.SeriesFill(i), ChartPalette.MutedInk, "stroke-width=\"0.5\"")
                .Text("legend-label", legend[i].X + 20, y + 11.5, data.Segments[i]);
        }

        svg.CloseGroup().OpenGroup("axis");
        for (var i = 0; i <= scale.Intervals; i++)
        {
            var x = plotLeft + W(scale.Tick(i));
            svg.Line("gridline", x, plotTop, x, axisY, i == 0 ? ChartPalette.Ink : ChartPalette.Grid)
                .Text("tick-label", x, axisY + 15, MarkupText.Display(scale.Tick(i)), "middle", ChartPalette.MutedInk, "font-size=\"10.5\"");
        }

        svg.CloseGroup();
        for (var g = 0; g < data.Groups.Length; g++)
        {
            var group = data.Groups[g];
            var mid = plotTop + (g * RowHeight) + (RowHeight / 2);
            var barTop = mid - (BarHeight / 2);
            svg.OpenGroup("bar-group", group.Label + ": " + string.Join(", ", data.Segments.Select((s, k) => s + " " + MarkupText.Display(group.Values[k]))))
                .Lines("category-label", plotLeft - 8, mid + 4 - ((labels[g].Count - 1) * LineHeight / 2), LineHeight, labels[g], "end");
            var x = plotLeft;
            for (var k = 0; k < group.Values.Length; k++)
            {
                var value = group.Values[k];
                if (value <= 0)
                {
                    continue;
                }

                var w = W(value);
                svg.Rect("segment segment-" + MarkupText.Integer(k), x, barTop, w, BarHeight, ChartPalette.SeriesFill(k), "#ffffff", "stroke-width=\"0.75\"");
                var text = MarkupText.Display(value);
                if (TextMetrics.Width(text, 11) + 6 <= w)
                {
                    svg.Text("segment-label", x + (w / 2), mid + 4, text, "middle", ChartPalette.SeriesText(k), "font-size=\"11\"");
                }

                x += w;
            }

            svg.Text("total-label", x + 6, mid + 4, MarkupText.Display(group.Total), style: "font-weight=\"bold\"").CloseGroup();
        }

        notes.Draw(svg, Padding, axisY + 24, width - (2 * Padding));
        return InlineSvg.FromBuilder(svg);
    }
}
