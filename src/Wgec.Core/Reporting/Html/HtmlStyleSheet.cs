namespace Wgec.Core.Reporting.Html;

/// <summary>
/// The inline stylesheet of an HTML report: a calm, print-friendly layout in the manner of a UN
/// secretariat circulation document (serif body, symbol and date block, numbered captions, ruled
/// tables, boxed notes), with print rules. No external fonts or assets.
/// </summary>
/// <remarks>Constant text; thread-safe.</remarks>
internal static class HtmlStyleSheet
{
    /// <summary>The CSS, lines separated by "\n".</summary>
    internal const string Css =
        "body { margin: 0; background: #ffffff; color: #1a1a1a; font-family: Georgia, \"Times New Roman\", Times, serif; font-size: 11.5pt; line-height: 1.45; }\n" +
        "main { max-width: 46em; margin: 0 auto; padding: 2.5em 2em 4em; }\n" +
        ".masthead { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #1a1a1a; padding-bottom: 0.4em; margin-bottom: 1.6em; font-size: 10pt; }\n" +
        ".masthead .issuer { font-weight: bold; letter-spacing: 0.02em; }\n" +
        ".masthead .symbol { text-align: right; }\n" +
        ".masthead .symbol strong { font-size: 12pt; }\n" +
        "h1 { font-size: 17pt; font-weight: bold; line-height: 1.25; margin: 0 0 0.3em; }\n" +
        ".subtitle { font-size: 12pt; font-style: italic; margin: 0 0 1.5em; }\n" +
        "h2 { font-size: 13.5pt; margin: 1.8em 0 0.5em; }\n" +
        "h3 { font-size: 12pt; margin: 1.4em 0 0.4em; }\n" +
        "h4 { font-size: 11.5pt; font-style: italic; font-weight: normal; margin: 1.2em 0 0.3em; }\n" +
        "p { margin: 0 0 0.7em; text-align: justify; hyphens: auto; }\n" +
        "ul, ol { margin: 0 0 0.8em; padding-left: 1.8em; }\n" +
        "li { margin-bottom: 0.2em; }\n" +
        "dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1.2em; margin: 0 0 1em; }\n" +
        "dl.facts dt { font-weight: bold; }\n" +
        "dl.facts dd { margin: 0; }\n" +
        "nav.toc { border-top: 1px solid #8c8c8c; border-bottom: 1px solid #8c8c8c; padding: 0.6em 0; margin: 0 0 1.8em; }\n" +
        "nav.toc h2 { font-size: 11.5pt; text-transform: uppercase; letter-spacing: 0.08em; margin: 0 0 0.4em; }\n" +
        "nav.toc ul { list-style: none; padding-left: 0; margin: 0; }\n" +
        "nav.toc li.toc-2 { padding-left: 1.5em; }\n" +
        "nav.toc li.toc-3 { padding-left: 3em; font-size: 10.5pt; }\n" +
        "nav.toc a { color: #1a1a1a; text-decoration: none; }\n" +
        "table { border-collapse: collapse; width: 100%; margin: 0 0 1.2em; font-size: 10.5pt; }\n" +
        "caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 0.3em; }\n" +
        "th, td { border: 1px solid #595959; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }\n" +
        "thead th { background: #ececec; }\n" +
        "td.num { text-align: right; font-variant-numeric: tabular-nums; }\n" +
        ".callout { border: 1px solid #595959; border-left-width: 5px; padding: 0.6em 0.9em; margin: 0 0 1.2em; background: #f6f6f6; }\n" +
        ".callout.warning { border-color: #8a1c1c; background: #fbf3f2; }\n" +
        ".callout .callout-title { font-weight: bold; margin-bottom: 0.3em; text-align: left; }\n" +
        ".callout p:last-child { margin-bottom: 0; }\n" +
        "figure { margin: 0 0 1.4em; page-break-inside: avoid; break-inside: avoid; }\n" +
        "figure svg { display: block; max-width: 100%; height: auto; }\n" +
        "figcaption { font-size: 10pt; margin-top: 0.4em; }\n" +
        "figcaption .label, caption .label { font-weight: bold; }\n" +
        "footer { margin-top: 2.5em; border-top: 1px solid #8c8c8c; padding-top: 0.5em; font-size: 9.5pt; color: #404040; }\n" +
        "@media print {\n" +
        "  @page { size: A4; margin: 2cm 2.2cm; }\n" +
        "  body { font-size: 11pt; }\n" +
        "  main { max-width: none; padding: 0; }\n" +
        "  nav.toc a { color: #000000; }\n" +
        "  h2, h3, h4 { page-break-after: avoid; break-after: avoid; }\n" +
        "  table, .callout, figure { page-break-inside: avoid; break-inside: avoid; }\n" +
        "  thead { display: table-header-group; }\n" +
        "  .callout { background: none; }\n" +
        "}\n";
}
