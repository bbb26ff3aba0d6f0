using System;
using System.Globalization;
using System.Text;

namespace Wgec.Core.Reporting.Html;

/// <summary>
/// Escaping and number formatting shared by the HTML writer and the SVG charts. Output is valid
/// XML 1.0 text: markup characters are escaped, characters XML forbids become U+FFFD and line
/// breaks are normalised to "\n". Numbers are culture-invariant.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class MarkupText
{
    /// <summary>Escapes text for element content (also safe for attributes).</summary>
    internal static string Escape(string text)
    {
        Preconditions.NotNull(text);
        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text, attribute: false);
        return sb.ToString();
    }

    /// <summary>Escapes text for a double-quoted attribute value; line breaks and tabs become character references.</summary>
    internal static string EscapeAttribute(string text)
    {
        Preconditions.NotNull(text);
        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text, attribute: true);
        return sb.ToString();
    }

    /// <summary>Appends escaped text to a builder.</summary>
    internal static void Append(StringBuilder sb, string text, bool attribute)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    sb.Append(attribute ? "&#10;" : "\n");
                    break;
                case '\n': sb.Append(attribute ? "&#10;" : "\n"); break;
                case '\t': sb.Append(attribute ? "&#9;" : "\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (c < ' ' || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                    {
                        sb.Append('\uFFFD');
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }
    }

    /// <summary>A coordinate or length: invariant, at most two decimals, no exponent, no "-0".</summary>
    internal static string Number(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw Preconditions.OutOfRangeError(nameof(value), value, "a drawing coordinate must be a finite number.");
        }

        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>A value shown to readers: invariant, thousands separated by commas, at most two decimals.</summary>
    internal static string Display(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("#,0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>An integer, culture-invariant.</summary>
    internal static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
