using System.Collections.Generic;

namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// The notes printed under a chart: a neutral annotation in italics, then an optional discrepancy
/// note in a box ruled in the alert colour. Measured first (the SVG size must be known before
/// drawing), then drawn.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ChartNotes
{
    private const double FontSize = 11;
    private const double LineHeight = 14;
    private const double BoxPadding = 6;

    private readonly IReadOnlyList<string> _annotation;
    private readonly IReadOnlyList<string> _discrepancy;

    /// <summary>Wraps the notes to the given width.</summary>
    internal ChartNotes(string? annotation, string? discrepancy, double width)
    {
        _annotation = annotation is null ? [] : TextMetrics.Wrap(annotation, width, FontSize);
        _discrepancy = discrepancy is null ? [] : TextMetrics.Wrap(discrepancy, width - (2 * BoxPadding), FontSize);
    }

    /// <summary>The height the notes take, including the space above them.</summary>
    internal double Height =>
        (_annotation.Count == 0 ? 0 : 8 + (_annotation.Count * LineHeight))
        + (_discrepancy.Count == 0 ? 0 : 10 + (_discrepancy.Count * LineHeight) + (2 * BoxPadding));

    /// <summary>Draws the notes from <paramref name="top"/> downwards.</summary>
    internal void Draw(SvgBuilder svg, double left, double top, double width)
    {
        var y = top;
        if (_annotation.Count > 0)
        {
            y += 8;
            svg.Lines("annotation", left, y + 11, LineHeight, _annotation, fill: ChartPalette.MutedInk, style: "font-size=\"11\" font-style=\"italic\"");
            y += _annotation.Count * LineHeight;
        }

        if (_discrepancy.Count > 0)
        {
            y += 10;
            var boxHeight = (_discrepancy.Count * LineHeight) + (2 * BoxPadding);
            svg.OpenGroup("discrepancy")
                .Rect("discrepancy-box", left, y, width, boxHeight, ChartPalette.AlertBackground, ChartPalette.Alert, "stroke-width=\"1.5\"")
                .Lines("discrepancy-note", left + BoxPadding, y + BoxPadding + 11, LineHeight, _discrepancy, fill: ChartPalette.Alert, style: "font-size=\"11\"")
                .CloseGroup();
        }
    }
}
