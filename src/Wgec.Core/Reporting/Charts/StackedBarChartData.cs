using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Internal;

namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// The input of <see cref="StackedBarChart"/>: named segments (e.g. agreed / to be revisited / no
/// agreement / not discussed) and groups (e.g. A–E) with one value per segment.
/// </summary>
/// <remarks>Immutable and thread-safe; reference equality. Segments and groups keep the order given.</remarks>
internal sealed class StackedBarChartData
{
    /// <summary>Creates the chart input.</summary>
    /// <param name="title">The accessible title.</param>
    /// <param name="description">The accessible description.</param>
    /// <param name="segments">The segment names, at least one, distinct, in stacking and legend order.</param>
    /// <param name="groups">The groups, at least one, distinct labels, each with one value per segment.</param>
    /// <param name="annotation">An optional note printed under the chart.</param>
    /// <exception cref="ArgumentException">A text is blank, a list is empty, a name repeats, or a group has the wrong number of values.</exception>
    internal StackedBarChartData(string title, string description, IEnumerable<string> segments, IEnumerable<StackedBarGroup> groups, string? annotation = null)
    {
        Title = ChartGuard.Text(title, nameof(title), what: "title");
        Description = ChartGuard.Text(description, nameof(description), what: "description");
        var names = Immutable.ToArrayChecked(segments, nameof(segments));
        if (names.IsEmpty)
        {
            throw new DomainValidationException("no-segments", "a stacked bar chart needs at least one segment.", nameof(segments));
        }

        var builder = ImmutableArray.CreateBuilder<string>(names.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var name = ChartGuard.Text(names[i], nameof(segments), $"segments[{i}]");
            if (!seen.Add(name))
            {
                throw new DomainValidationException("duplicate-label", $"segments[{i}] repeats the name '{name}'.", nameof(segments), $"segments[{i}]");
            }

            builder.Add(name);
        }

        Segments = builder.MoveToImmutable();
        Groups = Immutable.ToArrayChecked(groups, nameof(groups));
        if (Groups.IsEmpty)
        {
            throw new DomainValidationException("no-groups", "a stacked bar chart needs at least one group.", nameof(groups));
        }

        seen.Clear();
        for (var i = 0; i < Groups.Length; i++)
        {
            var group = Groups[i];
            if (!seen.Add(group.Label))
            {
                throw new DomainValidationException("duplicate-label", $"groups[{i}] repeats the label '{group.Label}'.", nameof(groups), $"groups[{i}]");
            }

            if (group.Values.Length != Segments.Length)
            {
                throw new DomainValidationException(
                    "segment-count",
                    $"groups[{i}] ('{group.Label}') has {group.Values.Length} values but the chart has {Segments.Length} segments.",
                    nameof(groups),
                    $"groups[{i}].values");
            }
        }

        Annotation = string.IsNullOrWhiteSpace(annotation) ? null : annotation!.Trim();
    }

    /// <summary>The accessible title.</summary>
    internal string Title { get; }

    /// <summary>The accessible description.</summary>
    internal string Description { get; }

    /// <summary>The segment names in stacking order.</summary>
    internal ImmutableArray<string> Segments { get; }

    /// <summary>The groups in display order.</summary>
    internal ImmutableArray<StackedBarGroup> Groups { get; }

    /// <summary>The note, or <see langword="null"/>.</summary>
    internal string? Annotation { get; }
}
