using System.Collections.Generic;
using System.Text;
using Wgec.Core.Reporting.Html;

namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// Writes the elements of one SVG chart: the root with namespace, role, viewBox, title and
/// description, then shapes and escaped text. Numbers are culture-invariant; lines end in "\n".
/// </summary>
/// <remarks>Not thread-safe: one builder per chart, used by one renderer call.</remarks>
internal sealed class SvgBuilder
{
    /// <summary>The font stack used by every chart (serif, to match the report body).</summary>
    internal const string FontFamily = "Georgia, 'Times New Roman', Times, serif";

    private readonly StringBuilder _sb = new();

    /// <summary>Starts a chart of the given size.</summary>
    internal SvgBuilder(double width, double height, string cssClass, string title, string description)
    {
        Title = title;
        _sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart ").Append(cssClass)
            .Append("\" viewBox=\"0 0 ").Append(MarkupText.Number(width)).Append(' ').Append(MarkupText.Number(height))
            .Append("\" width=\"").Append(MarkupText.Number(width)).Append("\" height=\"").Append(MarkupText.Number(height))
            .Append("\" font-family=\"").Append(FontFamily).Append("\" font-size=\"12\">\n");
        _sb.Append("<title>");
        MarkupText.Append(_sb, title, attribute: false);
        _sb.Append("</title>\n<desc>");
        MarkupText.Append(_sb, description, attribute: false);
        _sb.Append("</desc>\n");
    }

    /// <summary>The chart title, unescaped.</summary>
    internal string Title { get; }

    /// <summary>Opens a group.</summary>
    internal SvgBuilder OpenGroup(string cssClass, string? tooltip = null)
    {
        _sb.Append("<g class=\"").Append(MarkupText.EscapeAttribute(cssClass)).Append("\">\n");
        if (tooltip is not null)
        {
            _sb.Append("<title>");
            MarkupText.Append(_sb, tooltip, attribute: false);
            _sb.Append("</title>\n");
        }

        return this;
    }

    /// <summary>Closes the innermost group.</summary>
    internal SvgBuilder CloseGroup()
    {
        _sb.Append("</g>\n");
        return this;
    }

    /// <summary>A rectangle.</summary>
    internal SvgBuilder Rect(string cssClass, double x, double y, double width, double height, string fill, string? stroke = null, string? extra = null)
    {
        _sb.Append("<rect class=\"").Append(cssClass).Append("\" x=\"").Append(MarkupText.Number(x))
            .Append("\" y=\"").Append(MarkupText.Number(y))
            .Append("\" width=\"").Append(MarkupText.Number(width < 0 ? 0 : width))
            .Append("\" height=\"").Append(MarkupText.Number(height < 0 ? 0 : height))
            .Append("\" fill=\"").Append(fill).Append('"');
        if (stroke is not null)
        {
            _sb.Append(" stroke=\"").Append(stroke).Append('"');
        }

        if (extra is not null)
        {
            _sb.Append(' ').Append(extra);
        }

        _sb.Append("/>\n");
        return this;
    }

    /// <summary>A straight line.</summary>
    internal SvgBuilder Line(string cssClass, double x1, double y1, double x2, double y2, string stroke, double strokeWidth = 1, string? dash = null)
    {
        _sb.Append("<line class=\"").Append(cssClass).Append("\" x1=\"").Append(MarkupText.Number(x1))
            .Append("\" y1=\"").Append(MarkupText.Number(y1))
            .Append("\" x2=\"").Append(MarkupText.Number(x2))
            .Append("\" y2=\"").Append(MarkupText.Number(y2))
            .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(MarkupText.Number(strokeWidth)).Append('"');
        if (dash is not null)
        {
            _sb.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }

        _sb.Append("/>\n");
        return this;
    }

    /// <summary>A circle.</summary>
    internal SvgBuilder Circle(string cssClass, double cx, double cy, double r, string fill, string stroke)
    {
        _sb.Append("<circle class=\"").Append(cssClass).Append("\" cx=\"").Append(MarkupText.Number(cx))
            .Append("\" cy=\"").Append(MarkupText.Number(cy))
            .Append("\" r=\"").Append(MarkupText.Number(r))
            .Append("\" fill=\"").Append(fill).Append("\" stroke=\"").Append(stroke).Append("\"/>\n");
        return this;
    }

    /// <summary>A single line of escaped text.</summary>
    /// <param name="cssClass">The class.</param>
    /// <param name="x">The anchor x.</param>
    /// <param name="y">The baseline y.</param>
    /// <param name="text">The caller's text, escaped here.</param>
    /// <param name="anchor">start, middle or end.</param>
    /// <param name="fill">The colour.</param>
    /// <param name="style">Optional extra presentation attributes, trusted constants only.</param>
    internal SvgBuilder Text(string cssClass, double x, double y, string text, string anchor = "start", string fill = "#1a1a1a", string? style = null)
    {
        _sb.Append("<text class=\"").Append(cssClass).Append("\" x=\"").Append(MarkupText.Number(x))
            .Append("\" y=\"").Append(MarkupText.Number(y)).Append("\" text-anchor=\"").Append(anchor)
            .Append("\" fill=\"").Append(fill).Append('"');
        if (style is not null)
        {
            _sb.Append(' ').Append(style);
        }

        _sb.Append('>');
        MarkupText.Append(_sb, text, attribute: false);
        _sb.Append("</text>\n");
        return this;
    }

    /// <summary>Several lines of text, one <c>&lt;text&gt;</c> element per line.</summary>
    internal SvgBuilder Lines(string cssClass, double x, double y, double lineHeight, IReadOnlyList<string> lines, string anchor = "start", string fill = "#1a1a1a", string? style = null)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            Text(cssClass, x, y + (i * lineHeight), lines[i], anchor, fill, style);
        }

        return this;
    }

    /// <summary>Closes the root and returns the markup.</summary>
    internal string Finish() => _sb.ToString() + "</svg>";
}
