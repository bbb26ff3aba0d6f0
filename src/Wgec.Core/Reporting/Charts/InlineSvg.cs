namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// A finished, well-formed SVG element (<c>&lt;svg xmlns="http://www.w3.org/2000/svg" …&gt;…&lt;/svg&gt;</c>)
/// produced by one of the chart renderers, ready to be embedded in an XHTML page or saved alone.
/// </summary>
/// <remarks>
/// Only the renderers of this namespace create instances, so embedding one never injects
/// caller-supplied markup: every caller text inside has been escaped. Immutable and thread-safe;
/// reference equality.
/// </remarks>
internal sealed class InlineSvg
{
    private InlineSvg(string markup, string title)
    {
        Markup = markup;
        Title = title;
    }

    /// <summary>The SVG markup, without an XML declaration, lines separated by "\n".</summary>
    internal string Markup { get; }

    /// <summary>The chart's accessible title (also its <c>&lt;title&gt;</c> element), unescaped.</summary>
    internal string Title { get; }

    /// <summary>The markup.</summary>
    /// <returns>The SVG markup.</returns>
    public override string ToString() => Markup;

    /// <summary>Wraps markup built by <see cref="SvgBuilder"/>.</summary>
    internal static InlineSvg FromBuilder(SvgBuilder builder) => new(builder.Finish(), builder.Title);
}
