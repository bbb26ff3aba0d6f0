using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// Deterministic estimates of text extent for chart layout. There is no font measurement in a
/// library without I/O, so widths are estimated from character counts with a serif-average
/// advance; estimates are deliberately generous so labels do not collide.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class TextMetrics
{
    /// <summary>Average advance of a character, as a fraction of the font size.</summary>
    internal const double AverageAdvance = 0.56;

    /// <summary>The estimated width of a single line of text.</summary>
    internal static double Width(string text, double fontSize)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLowSurrogate(text[i]))
            {
                count++;
            }
        }

        return count * fontSize * AverageAdvance;
    }

    /// <summary>Splits text into lines that fit a width, breaking at spaces; a single long word stays whole.</summary>
    internal static IReadOnlyList<string> Wrap(string text, double maxWidth, double fontSize)
    {
        var lines = new List<string>();
        var words = Words(text);
        var current = new StringBuilder();
        foreach (var word in words)
        {
            if (current.Length > 0 && Width(current + " " + word, fontSize) > maxWidth)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(word);
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }

    /// <summary>
    /// Wraps text into at most <paramref name="maxLines"/> lines that fit a width; when it does not fit,
    /// the last line is shortened and ends with "…" (the caller shows the whole text as a tooltip).
    /// </summary>
    internal static IReadOnlyList<string> Fit(string text, double maxWidth, double fontSize, int maxLines)
    {
        var lines = Wrap(text, maxWidth, fontSize).ToList();
        var cut = lines.Count > maxLines;
        if (cut)
        {
            lines = lines.Take(maxLines).ToList();
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var last = i == lines.Count - 1;
            var line = lines[i];
            if (Width(line, fontSize) <= maxWidth && !(last && cut))
            {
                continue;
            }

            // Shorten a line that is too wide (one long word), or the last line when lines were dropped: the longest
            // prefix that fits with its ellipsis, found by halving (a hostile 4,000-character word must not cost 4,000 measures).
            var length = 1;
            for (var high = line.Length; length < high;)
            {
                var middle = (length + high + 1) / 2;
                if (Width(line.Substring(0, middle) + "…", fontSize) <= maxWidth)
                {
                    length = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            // Never cut between the two halves of a surrogate pair.
            if (length > 1 && char.IsHighSurrogate(line[length - 1]))
            {
                length--;
            }

            lines[i] = line.Substring(0, length).TrimEnd() + "…";
        }

        return lines;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || char.IsWhiteSpace(text[i]);
            if (separator && start >= 0)
            {
                words.Add(text.Substring(start, i - start));
                start = -1;
            }
            else if (!separator && start < 0)
            {
                start = i;
            }
        }

        return words;
    }
}
