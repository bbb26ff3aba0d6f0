using System;
using System.Globalization;
using NodaTime;

namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// An entry of a timeline: a dated point event (e.g. "Questionnaire deadline extended") or an
/// inclusive date interval (e.g. "2nd meeting", 6–8 November 2013), with a label.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is by content (ordinal label, dates, event or interval).</remarks>
internal sealed class TimelineItem : IEquatable<TimelineItem>
{
    private TimelineItem(string label, LocalDate start, LocalDate end, bool isEvent)
    {
        Label = label;
        Start = start;
        End = end;
        IsEvent = isEvent;
    }

    /// <summary>The label.</summary>
    internal string Label { get; }

    /// <summary>The first day.</summary>
    internal LocalDate Start { get; }

    /// <summary>The last day (inclusive); equal to <see cref="Start"/> for an event.</summary>
    internal LocalDate End { get; }

    /// <summary>Whether this is a point event rather than an interval.</summary>
    internal bool IsEvent { get; }

    /// <summary>The dates as readers see them, e.g. "6–8 Nov 2013" or "30 Apr – 2 May 2014" (invariant).</summary>
    internal string DateText
    {
        get
        {
            if (IsEvent || Start == End)
            {
                return Format(Start, "d MMM yyyy");
            }

            if (Start.Year != End.Year)
            {
                return Format(Start, "d MMM yyyy") + " \u2013 " + Format(End, "d MMM yyyy");
            }

            return Start.Month == End.Month
                ? Format(Start, "%d") + "\u2013" + Format(End, "d MMM yyyy")
                : Format(Start, "d MMM") + " \u2013 " + Format(End, "d MMM yyyy");
        }
    }

    /// <summary>A point event on one day.</summary>
    /// <param name="date">The day.</param>
    /// <param name="label">The label.</param>
    /// <returns>The item.</returns>
    /// <exception cref="System.ArgumentException">The label is blank.</exception>
    internal static TimelineItem Event(LocalDate date, string label) =>
        new(ChartGuard.Text(label, nameof(label)), date, date, isEvent: true);

    /// <summary>An interval from <paramref name="start"/> to <paramref name="end"/>, both days included.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; not before <paramref name="start"/>.</param>
    /// <param name="label">The label.</param>
    /// <returns>The item.</returns>
    /// <exception cref="System.ArgumentException">The label is blank or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    internal static TimelineItem Interval(LocalDate start, LocalDate end, string label)
    {
        var text = ChartGuard.Text(label, nameof(label));
        if (end < start)
        {
            throw new DomainValidationException(
                "end-before-start",
                $"the interval '{text}' ends on {Iso(end)}, before it starts on {Iso(start)}.",
                nameof(end));
        }

        return new TimelineItem(text, start, end, isEvent: false);
    }

    /// <inheritdoc/>
    public bool Equals(TimelineItem? other) =>
        other is not null && string.Equals(Label, other.Label, StringComparison.Ordinal) && Start == other.Start && End == other.End && IsEvent == other.IsEvent;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TimelineItem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Label), Start, End, IsEvent);

    /// <summary>The date as ISO text (uuuu-MM-dd).</summary>
    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Format(LocalDate date, string pattern) => date.ToString(pattern, CultureInfo.InvariantCulture);
}
