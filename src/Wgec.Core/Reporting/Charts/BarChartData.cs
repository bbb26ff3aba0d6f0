using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Internal;

namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// The input of <see cref="BarChart"/>: categories with values, and optional notes. A discrepancy
/// note (e.g. "declared total 69 ≠ 71, the sum of the categories") is drawn in a marked box and
/// tied to the flagged bars by a dagger (†).
/// </summary>
/// <remarks>Immutable and thread-safe; reference equality. Bars keep the order given.</remarks>
internal sealed class BarChartData
{
    /// <summary>Creates the chart input.</summary>
    /// <param name="title">The accessible title (the SVG <c>&lt;title&gt;</c>).</param>
    /// <param name="description">The accessible description (the SVG <c>&lt;desc&gt;</c>); say what the figures are and where they come from.</param>
    /// <param name="bars">The bars, at least one, with distinct labels, in display order.</param>
    /// <param name="orientation">The direction of the bars.</param>
    /// <param name="annotation">An optional neutral note printed under the chart.</param>
    /// <param name="discrepancy">An optional discrepancy note printed under the chart in a marked box.</param>
    /// <exception cref="ArgumentException">A text is blank, there is no bar, or two bars share a label.</exception>
    internal BarChartData(
        string title,
        string description,
        IEnumerable<BarChartBar> bars,
        BarChartOrientation orientation = BarChartOrientation.Horizontal,
        string? annotation = null,
        string? discrepancy = null)
    {
        Title = ChartGuard.Text(title, nameof(title), what: "title");
        Description = ChartGuard.Text(description, nameof(description), what: "description");
        Preconditions.Defined(orientation);
        Bars = Immutable.ToArrayChecked(bars, nameof(bars));
        if (Bars.IsEmpty)
        {
            throw new DomainValidationException("no-bars", "a bar chart needs at least one bar.", nameof(bars));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Bars.Length; i++)
        {
            if (!seen.Add(Bars[i].Label))
            {
                throw new DomainValidationException("duplicate-label", $"bars[{i}] repeats the label '{Bars[i].Label}'; each bar needs its own label.", nameof(bars), $"bars[{i}]");
            }
        }

        Orientation = orientation;
        Annotation = string.IsNullOrWhiteSpace(annotation) ? null : annotation!.Trim();
        Discrepancy = string.IsNullOrWhiteSpace(discrepancy) ? null : discrepancy!.Trim();
    }

    /// <summary>The accessible title.</summary>
    internal string Title { get; }

    /// <summary>The accessible description.</summary>
    internal string Description { get; }

    /// <summary>The bars in display order.</summary>
    internal ImmutableArray<BarChartBar> Bars { get; }

    /// <summary>The direction of the bars.</summary>
    internal BarChartOrientation Orientation { get; }

    /// <summary>The neutral note, or <see langword="null"/>.</summary>
    internal string? Annotation { get; }

    /// <summary>The discrepancy note, or <see langword="null"/>.</summary>
    internal string? Discrepancy { get; }
}
