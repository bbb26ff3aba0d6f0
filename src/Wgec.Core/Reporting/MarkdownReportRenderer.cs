using System.IO;
using System.Text;

namespace Wgec.Core.Reporting;

/// <summary>
/// Renders a <see cref="ReportOutline"/> as CommonMark: the title as a level-1 heading, sections as
/// level-2 headings and subsections one level deeper, paragraphs separated by blank lines, items as
/// "- " bullets. Output is deterministic, with "\n" line endings.
/// </summary>
public static class MarkdownReportRenderer
{
    /// <summary>Renders an outline.</summary>
    /// <param name="outline">The outline.</param>
    /// <returns>The Markdown text.</returns>
    public static string Render(ReportOutline outline)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(outline, writer);
        return writer.ToString();
    }

    /// <summary>Writes an outline to a caller-supplied writer.</summary>
    /// <param name="outline">The outline.</param>
    /// <param name="writer">The writer; not closed.</param>
    public static void Write(ReportOutline outline, TextWriter writer)
    {
        Preconditions.NotNull(outline);
        Preconditions.NotNull(writer);
        var sb = new StringBuilder();
        sb.Append("# ").Append(Escape(outline.Title)).Append('\n');
        foreach (var section in outline.Sections)
        {
            Append(sb, section, 2);
        }

        writer.Write(sb.ToString());
    }

    private static void Append(StringBuilder sb, ReportSection section, int level)
    {
        sb.Append('\n').Append('#', level < 6 ? level : 6).Append(' ').Append(Escape(section.Heading)).Append('\n');
        foreach (var paragraph in section.Paragraphs)
        {
            sb.Append('\n').Append(Escape(paragraph)).Append('\n');
        }

        if (!section.Items.IsEmpty)
        {
            sb.Append('\n');
            foreach (var item in section.Items)
            {
                sb.Append("- ").Append(Escape(item)).Append('\n');
            }
        }

        foreach (var sub in section.Subsections)
        {
            Append(sb, sub, level + 1);
        }
    }

    /// <summary>Escapes the characters that would start Markdown markup inside text, and folds line breaks.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|':
                    sb.Append('\\').Append(c);
                    break;
                case '\r':
                    break;
                case '\n':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
