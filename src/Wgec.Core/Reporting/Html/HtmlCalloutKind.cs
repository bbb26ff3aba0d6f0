namespace Wgec.Core.Reporting.Html;

/// <summary>The kind of a boxed callout in an HTML report.</summary>
internal enum HtmlCalloutKind
{
    /// <summary>Neutral information, e.g. a method note.</summary>
    Note,

    /// <summary>A warning to the reader, e.g. a data-quality finding in the source figures.</summary>
    Warning,
}
