using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Internal;

namespace Wgec.Core.Reporting.Charts;

/// <summary>The input of <see cref="TimelineChart"/>: dated events and intervals.</summary>
/// <remarks>
/// Immutable and thread-safe; reference equality. <see cref="Items"/> is in chronological order:
/// by start date, then end date, then label (ordinal); equal items keep the order given.
/// </remarks>
internal sealed class TimelineChartData
{
    /// <summary>Creates the chart input.</summary>
    /// <param name="title">The accessible title.</param>
    /// <param name="description">The accessible description.</param>
    /// <param name="items">The items, at least one, in any order.</param>
    /// <param name="annotation">An optional note printed under the chart.</param>
    /// <exception cref="ArgumentException">A text is blank or there is no item.</exception>
    internal TimelineChartData(string title, string description, IEnumerable<TimelineItem> items, string? annotation = null)
    {
        Title = ChartGuard.Text(title, nameof(title), what: "title");
        Description = ChartGuard.Text(description, nameof(description), what: "description");
        var given = Immutable.ToArrayChecked(items, nameof(items));
        if (given.IsEmpty)
        {
            throw new DomainValidationException("no-items", "a timeline needs at least one item.", nameof(items));
        }

        Items = given.OrderBy(i => i.Start).ThenBy(i => i.End).ThenBy(i => i.Label, StringComparer.Ordinal).ToImmutableArray();
        Annotation = string.IsNullOrWhiteSpace(annotation) ? null : annotation!.Trim();
    }

    /// <summary>The accessible title.</summary>
    internal string Title { get; }

    /// <summary>The accessible description.</summary>
    internal string Description { get; }

    /// <summary>The items in chronological order.</summary>
    internal ImmutableArray<TimelineItem> Items { get; }

    /// <summary>The note, or <see langword="null"/>.</summary>
    internal string? Annotation { get; }
}
