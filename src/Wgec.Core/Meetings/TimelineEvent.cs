using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Meetings;

/// <summary>One dated event of a process: a date or a run of dates, a kind and a title.</summary>
/// <remarks>
/// A single date is held as a one-day interval. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class TimelineEvent : IEquatable<TimelineEvent>
{
    /// <summary>
    /// The longest title accepted: a free text of the record (at most 2,000 characters) with room for the
    /// words a derived title puts around it, such as "Questionnaire deadline extended: " before a deadline's decision.
    /// </summary>
    public const int MaxTitleLength = 2100;

    /// <summary>Creates an event over a run of dates.</summary>
    /// <param name="dates">The dates, inclusive.</param>
    /// <param name="kind">The kind of event.</param>
    /// <param name="title">A short title.</param>
    /// <param name="sources">Where the facts come from; may be null or empty.</param>
    /// <exception cref="ArgumentException">The dates are null, the kind undefined, or the title blank or longer than <see cref="MaxTitleLength"/>.</exception>
    public TimelineEvent(DateInterval dates, TimelineEventKind kind, string title, IEnumerable<SourceReference>? sources)
    {
        Dates = Preconditions.NotNull(dates);
        Kind = Preconditions.Defined(kind);
        Title = Internal.DomainText.Required(title, nameof(title), MaxTitleLength);
        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));
    }

    /// <summary>Creates a one-day event.</summary>
    /// <param name="date">The date.</param>
    /// <param name="kind">The kind of event.</param>
    /// <param name="title">A short title.</param>
    /// <param name="sources">Where the facts come from; may be null or empty.</param>
    /// <exception cref="ArgumentException">The kind is undefined or the title blank.</exception>
    public TimelineEvent(LocalDate date, TimelineEventKind kind, string title, IEnumerable<SourceReference>? sources)
        : this(new DateInterval(date, date), kind, title, sources)
    {
    }

    /// <summary>The dates, inclusive.</summary>
    public DateInterval Dates { get; }

    /// <summary>The first date.</summary>
    public LocalDate Start => Dates.Start;

    /// <summary>Whether the event is a single day.</summary>
    public bool IsSingleDay => Dates.Start == Dates.End;

    /// <summary>The kind of event.</summary>
    public TimelineEventKind Kind { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <inheritdoc/>
    public bool Equals(TimelineEvent? other) =>
        other is not null
        && Dates.Equals(other.Dates)
        && Kind == other.Kind
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TimelineEvent);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Dates, Kind, StringComparer.Ordinal.GetHashCode(Title), Immutable.SequenceHash(Sources));

    /// <summary>The dates and the title, e.g. "2013-09-17: Extended deadline for responses".</summary>
    /// <returns>The event as text.</returns>
    public override string ToString() =>
        IsSingleDay ? $"{Dates.Start:uuuu-MM-dd}: {Title}" : $"{Dates.Start:uuuu-MM-dd}–{Dates.End:uuuu-MM-dd}: {Title}";
}
