using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Wgec.Core.Reporting.Charts;

namespace Wgec.Core.Reporting.Html;

/// <summary>
/// Builds one self-contained HTML report page: inline CSS only, no external asset of any kind,
/// well-formed XHTML-style markup that an XML parser accepts, and every caller text escaped.
/// Blocks are written in the order they are added; a table of contents, if requested, lists every
/// heading of the page at the place where it was requested.
/// </summary>
/// <remarks>
/// Output is deterministic: the same calls give byte-identical output under any current culture,
/// with "\n" line ends. A builder is mutable and not thread-safe; build one page per instance.
/// </remarks>
internal sealed class HtmlReportBuilder
{
    /// <summary>The deepest heading level accepted (level 1 is rendered as <c>h2</c>, the page title is <c>h1</c>).</summary>
    internal const int MaxHeadingLevel = 3;

    private readonly List<object> _blocks = [];
    private readonly List<Heading> _headings = [];
    private string? _subtitle;
    private string? _issuer;
    private string? _symbol;
    private string? _dateLine;
    private string? _footer;
    private bool _hasTableOfContents;
    private int _figureCount;
    private int _tableCount;

    /// <summary>Starts a page.</summary>
    /// <param name="title">The document title, shown as the page heading and in the browser tab.</param>
    /// <exception cref="ArgumentException">The title is blank.</exception>
    internal HtmlReportBuilder(string title)
    {
        Preconditions.NotBlank(title);
        Title = title.Trim();
    }

    /// <summary>The document title.</summary>
    internal string Title { get; }

    /// <summary>Sets the masthead: the issuing body on the left; the document symbol and a date line on the right.</summary>
    /// <param name="issuer">The issuing body, e.g. "Commission on Science and Technology for Development".</param>
    /// <param name="symbol">An optional document symbol, e.g. "E/CN.16/2014/CRP.3".</param>
    /// <param name="dateLine">An optional date line, e.g. "Distr.: General — 2 May 2014".</param>
    /// <returns>This builder.</returns>
    internal HtmlReportBuilder SetMasthead(string issuer, string? symbol = null, string? dateLine = null)
    {
        Preconditions.NotBlank(issuer);
        _issuer = issuer.Trim();
        _symbol = Blank(symbol);
        _dateLine = Blank(dateLine);
        return this;
    }

    /// <summary>Sets a subtitle shown under the title.</summary>
    /// <param name="subtitle">The subtitle.</param>
    /// <returns>This builder.</returns>
    internal HtmlReportBuilder SetSubtitle(string subtitle)
    {
        Preconditions.NotBlank(subtitle);
        _subtitle = subtitle.Trim();
        return this;
    }

    /// <summary>Sets a footer line (e.g. the data source) shown at the end of the page.</summary>
    /// <param name="footer">The footer text.</param>
    /// <returns>This builder.</returns>
    internal HtmlReportBuilder SetFooter(string footer)
    {
        Preconditions.NotBlank(footer);
        _footer = footer.Trim();
        return this;
    }

    /// <summary>Places the table of contents here; it lists every heading of the page, wherever added.</summary>
    /// <param name="heading">The heading of the contents block.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">A table of contents was already added.</exception>
    internal HtmlReportBuilder AddTableOfContents(string heading = "Contents")
    {
        Preconditions.NotBlank(heading);
        if (_hasTableOfContents)
        {
            throw new InvalidOperationException("a page has at most one table of contents, and one was already added.");
        }

        _hasTableOfContents = true;
        _blocks.Add(new TableOfContents(heading.Trim()));
        return this;
    }

    /// <summary>Adds a section heading with a stable anchor (<c>sec-1</c>, <c>sec-2</c>, … in order of addition).</summary>
    /// <param name="level">1 for a chapter (<c>h2</c>), 2 for a section (<c>h3</c>), 3 for a subsection (<c>h4</c>).</param>
    /// <param name="text">The heading text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The level is outside 1–3 or the text is blank.</exception>
    internal HtmlReportBuilder AddHeading(int level, string text)
    {
        Preconditions.InRange(level, nameof(level), 1, MaxHeadingLevel);
        Preconditions.NotBlank(text);
        var heading = new Heading(level, text.Trim(), "sec-" + MarkupText.Integer(_headings.Count + 1));
        _headings.Add(heading);
        var tag = "h" + MarkupText.Integer(level + 1);
        _blocks.Add($"<{tag} id=\"{heading.Id}\">{MarkupText.Escape(heading.Text)}</{tag}>\n");
        return this;
    }

    /// <summary>Adds a paragraph of plain text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>This builder.</returns>
    internal HtmlReportBuilder AddParagraph(string text)
    {
        Preconditions.NotBlank(text);
        _blocks.Add("<p>" + MarkupText.Escape(text.Trim()) + "</p>\n");
        return this;
    }

    /// <summary>Adds a bulleted list.</summary>
    /// <param name="items">The items, at least one, none blank.</param>
    /// <returns>This builder.</returns>
    internal HtmlReportBuilder AddBulletList(IEnumerable<string> items) => AddList("ul", items, nameof(items));

    /// <summary>Adds a numbered list.</summary>
    /// <param name="items">The items, at least one, none blank.</param>
    /// <returns>This builder.</returns>
    internal HtmlReportBuilder AddNumberedList(IEnumerable<string> items) => AddList("ol", items, nameof(items));

    /// <summary>Adds a key/value list (e.g. "Chair: Peter Major (Hungary)"), in the order given.</summary>
    /// <param name="entries">The entries, at least one; keys not blank, values not null.</param>
    /// <returns>This builder.</returns>
    internal HtmlReportBuilder AddDefinitionList(IEnumerable<KeyValuePair<string, string>> entries)
    {
        Preconditions.NotNull(entries);
        var sb = new StringBuilder("<dl class=\"facts\">\n");
        var index = 0;
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Key))
            {
                throw new DomainValidationException("blank-key", $"{DomainWords.Entry(nameof(entries), index)} has a blank key.", nameof(entries), $"entries[{MarkupText.Integer(index)}]");
            }

            if (entry.Value is null)
            {
                throw new DomainValidationException("null-value", $"{DomainWords.Entry(nameof(entries), index)} ('{entry.Key}') has a null value.", nameof(entries), $"entries[{MarkupText.Integer(index)}]");
            }

            sb.Append("<dt>").Append(MarkupText.Escape(entry.Key.Trim())).Append("</dt><dd>").Append(MarkupText.Escape(entry.Value)).Append("</dd>\n");
            index++;
        }

        if (index == 0)
        {
            throw new DomainValidationException("empty-list", "a key/value list needs at least one entry.", nameof(entries));
        }

        _blocks.Add(sb.Append("</dl>\n").ToString());
        return this;
    }

    /// <summary>Adds a ruled table, numbered "Table n" when it has a caption.</summary>
    /// <param name="table">The table.</param>
    /// <returns>This builder.</returns>
    internal HtmlReportBuilder AddTable(HtmlTable table)
    {
        Preconditions.NotNull(table);
        var sb = new StringBuilder("<table>\n");
        if (table.Caption is not null)
        {
            _tableCount++;
            sb.Append("<caption><span class=\"label\">Table ").Append(MarkupText.Integer(_tableCount)).Append(".</span> ")
                .Append(MarkupText.Escape(table.Caption)).Append("</caption>\n");
        }

        sb.Append("<thead>\n<tr>");
        foreach (var header in table.Headers)
        {
            sb.Append("<th scope=\"col\">").Append(MarkupText.Escape(header)).Append("</th>");
        }

        sb.Append("</tr>\n</thead>\n<tbody>\n");
        var numeric = new bool[table.Headers.Length];
        for (var c = 0; c < numeric.Length; c++)
        {
            numeric[c] = table.IsNumericColumn(c);
        }

        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            for (var c = 0; c < row.Length; c++)
            {
                sb.Append(numeric[c] ? "<td class=\"num\">" : "<td>").Append(MarkupText.Escape(row[c])).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        _blocks.Add(sb.Append("</tbody>\n</table>\n").ToString());
        return this;
    }

    /// <summary>Adds a boxed callout, e.g. a data-quality warning.</summary>
    /// <param name="kind">Note or warning.</param>
    /// <param name="title">The callout's title line.</param>
    /// <param name="paragraphs">Its paragraphs, at least one, none blank.</param>
    /// <returns>This builder.</returns>
    internal HtmlReportBuilder AddCallout(HtmlCalloutKind kind, string title, params string[] paragraphs)
    {
        Preconditions.Defined(kind);
        Preconditions.NotBlank(title);
        var texts = CheckedTexts(paragraphs, nameof(paragraphs));
        var cssKind = kind == HtmlCalloutKind.Warning ? "warning" : "note";
        var sb = new StringBuilder();
        sb.Append("<aside class=\"callout ").Append(cssKind).Append("\" role=\"note\">\n")
            .Append("<p class=\"callout-title\">").Append(MarkupText.Escape(title.Trim())).Append("</p>\n");
        foreach (var text in texts)
        {
            sb.Append("<p>").Append(MarkupText.Escape(text)).Append("</p>\n");
        }

        _blocks.Add(sb.Append("</aside>\n").ToString());
        return this;
    }

    /// <summary>Adds a numbered figure ("Figure n") holding an inline SVG chart and its caption.</summary>
    /// <param name="chart">The chart, from one of the chart renderers.</param>
    /// <param name="caption">The caption.</param>
    /// <returns>This builder.</returns>
    internal HtmlReportBuilder AddFigure(InlineSvg chart, string caption)
    {
        Preconditions.NotNull(chart);
        Preconditions.NotBlank(caption);
        _figureCount++;
        var number = MarkupText.Integer(_figureCount);
        _blocks.Add(
            "<figure id=\"figure-" + number + "\">\n" + chart.Markup + "\n<figcaption><span class=\"label\">Figure " + number + ".</span> "
            + MarkupText.Escape(caption.Trim()) + "</figcaption>\n</figure>\n");
        return this;
    }

    /// <summary>Writes the page to a caller-supplied writer, as UTF-8-declared XHTML-style HTML.</summary>
    /// <param name="writer">The writer; not closed.</param>
    internal void WriteTo(TextWriter writer)
    {
        Preconditions.NotNull(writer);
        writer.Write(ToHtml());
    }

    /// <summary>The page as a string.</summary>
    /// <returns>The complete HTML document.</returns>
    internal string ToHtml()
    {
        var sb = new StringBuilder();
        var title = MarkupText.Escape(Title);
        sb.Append("<!DOCTYPE html>\n")
            .Append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n")
            .Append("<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            .Append("<title>").Append(title).Append("</title>\n")
            .Append("<style>\n").Append(HtmlStyleSheet.Css).Append("</style>\n</head>\n<body>\n<main>\n");
        if (_issuer is not null)
        {
            sb.Append("<header class=\"masthead\">\n<div class=\"issuer\">").Append(MarkupText.Escape(_issuer)).Append("</div>\n");
            if (_symbol is not null || _dateLine is not null)
            {
                sb.Append("<div class=\"symbol\">");
                if (_symbol is not null)
                {
                    sb.Append("<strong>").Append(MarkupText.Escape(_symbol)).Append("</strong>");
                }

                if (_symbol is not null && _dateLine is not null)
                {
                    sb.Append("<br/>");
                }

                if (_dateLine is not null)
                {
                    sb.Append(MarkupText.Escape(_dateLine));
                }

                sb.Append("</div>\n");
            }

            sb.Append("</header>\n");
        }

        sb.Append("<h1>").Append(title).Append("</h1>\n");
        if (_subtitle is not null)
        {
            sb.Append("<p class=\"subtitle\">").Append(MarkupText.Escape(_subtitle)).Append("</p>\n");
        }

        foreach (var block in _blocks)
        {
            if (block is TableOfContents toc)
            {
                AppendTableOfContents(sb, toc.Heading);
            }
            else
            {
                sb.Append((string)block);
            }
        }

        if (_footer is not null)
        {
            sb.Append("<footer>\n<p>").Append(MarkupText.Escape(_footer)).Append("</p>\n</footer>\n");
        }

        return sb.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private void AppendTableOfContents(StringBuilder sb, string heading)
    {
        sb.Append("<nav class=\"toc\" aria-label=\"").Append(MarkupText.EscapeAttribute(heading)).Append("\">\n<h2>")
            .Append(MarkupText.Escape(heading)).Append("</h2>\n<ul>\n");
        foreach (var h in _headings)
        {
            sb.Append("<li class=\"toc-").Append(MarkupText.Integer(h.Level)).Append("\"><a href=\"#").Append(h.Id).Append("\">")
                .Append(MarkupText.Escape(h.Text)).Append("</a></li>\n");
        }

        sb.Append("</ul>\n</nav>\n");
    }

    private HtmlReportBuilder AddList(string tag, IEnumerable<string> items, string paramName)
    {
        var texts = CheckedTexts(items, paramName);
        var sb = new StringBuilder("<").Append(tag).Append(">\n");
        foreach (var text in texts)
        {
            sb.Append("<li>").Append(MarkupText.Escape(text)).Append("</li>\n");
        }

        _blocks.Add(sb.Append("</").Append(tag).Append(">\n").ToString());
        return this;
    }

    private static List<string> CheckedTexts(IEnumerable<string>? items, string paramName)
    {
        if (items is null)
        {
            throw Preconditions.Required(paramName);
        }

        var texts = new List<string>();
        foreach (var item in items)
        {
            if (string.IsNullOrWhiteSpace(item))
            {
                throw new DomainValidationException("blank-item", $"{DomainWords.Entry(paramName, texts.Count)} is blank.", paramName, $"{paramName}[{MarkupText.Integer(texts.Count)}]");
            }

            texts.Add(item.Trim());
        }

        if (texts.Count == 0)
        {
            throw new DomainValidationException("empty-list", $"{paramName} needs at least one item.", paramName);
        }

        return texts;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();

    private sealed class Heading(int level, string text, string id)
    {
        public int Level { get; } = level;

        public string Text { get; } = text;

        public string Id { get; } = id;
    }

    private sealed class TableOfContents(string heading)
    {
        public string Heading { get; } = heading;
    }
}
