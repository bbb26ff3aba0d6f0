using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Wgec.Core.Internal;
using Wgec.Core.Process;

namespace Wgec.Core.Meetings;

/// <summary>
/// Every dated event of a process, in order: the mandate, the establishment, the meetings, the
/// outside events they noted, deadlines, subgroup milestones and the report. Built from a
/// <see cref="WorkingGroup"/> and extended with events from other areas through <see cref="PlusEvents"/>.
/// </summary>
/// <remarks>
/// The order is deterministic whatever the input order: by start date, then end date, then kind
/// (declaration order), then title (ordinal), then sources (ordinal on their text). Equality is by
/// content. Immutable and thread-safe.
/// </remarks>
public sealed class Timeline : IEquatable<Timeline>
{
    /// <summary>Creates a timeline; the events are put in order.</summary>
    /// <param name="events">The events, in any order.</param>
    /// <exception cref="ArgumentException">The sequence or an element is null.</exception>
    public Timeline(IEnumerable<TimelineEvent> events)
    {
        var array = Immutable.ToArrayChecked(events, nameof(events));
        Events = array
            .OrderBy(e => e.Dates.Start)
            .ThenBy(e => e.Dates.End)
            .ThenBy(e => e.Kind)
            .ThenBy(e => e.Title, StringComparer.Ordinal)
            .ThenBy(e => string.Join("\n", e.Sources.Select(s => s.ToString())), StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>The events, in order.</summary>
    public ImmutableArray<TimelineEvent> Events { get; }

    /// <summary>
    /// The timeline of a working group: the mandate's adoption (when its date is known), the
    /// establishment (when known), each meeting, each dated outside event a meeting noted, the end
    /// of the process (when recorded) and the session of the body the group reports to.
    /// </summary>
    /// <param name="group">The working group.</param>
    /// <returns>The timeline.</returns>
    public static Timeline FromWorkingGroup(WorkingGroup group)
    {
        Preconditions.NotNull(group);
        var events = new List<TimelineEvent>();
        var mandate = group.Mandate;
        if (mandate.AdoptedOn is { } adopted)
        {
            events.Add(new TimelineEvent(adopted, TimelineEventKind.Mandate, $"Adoption of {mandate.Resolution}", mandate.Sources));
        }

        if (group.EstablishedOn is { } established)
        {
            events.Add(new TimelineEvent(established, TimelineEventKind.Establishment, $"Establishment of the {group.Name}", group.Sources));
        }

        foreach (var meeting in group.Meetings)
        {
            events.Add(new TimelineEvent(meeting.Dates, TimelineEventKind.Meeting, $"{Ordinal(meeting.Number)} meeting, {meeting.Venue.City}", meeting.Sources));
            foreach (var outside in meeting.RelatedEvents)
            {
                if (outside.Dates is { } dates)
                {
                    events.Add(new TimelineEvent(dates, TimelineEventKind.ExternalEvent, outside.Name, outside.Sources));
                }
            }
        }

        if (group.End is { } end)
        {
            events.Add(new TimelineEvent(end.EndedOn, TimelineEventKind.Other, "End of the process: " + end.Outcome, end.Sources));
        }

        var target = mandate.ReportingTarget;
        events.Add(new TimelineEvent(
            target.SessionDates,
            TimelineEventKind.Report,
            $"Report to the {target.Body} at its {Ordinal(target.SessionNumber)} session",
            target.Sources));
        return new Timeline(events);
    }

    /// <summary>Returns a copy with more events, in order.</summary>
    /// <param name="events">The events to add.</param>
    /// <returns>A new timeline.</returns>
    public Timeline PlusEvents(IEnumerable<TimelineEvent> events) =>
        new(Events.AddRange(Immutable.ToArrayChecked(events, nameof(events))));

    /// <inheritdoc/>
    public bool Equals(Timeline? other) => other is not null && Immutable.SequenceEqual(Events, other.Events);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Timeline);

    /// <inheritdoc/>
    public override int GetHashCode() => Immutable.SequenceHash(Events);

    /// <summary>One line per event.</summary>
    /// <returns>The timeline as text.</returns>
    public override string ToString() => string.Join("\n", Events.Select(e => e.ToString()));

    /// <summary>English ordinal of a positive number: 1st, 2nd, 3rd, 4th, 11th, 17th, 21st.</summary>
    internal static string Ordinal(int number)
    {
        var text = number.ToString(CultureInfo.InvariantCulture);
        var lastTwo = number % 100;
        if (lastTwo is >= 11 and <= 13)
        {
            return text + "th";
        }

        return (number % 10) switch
        {
            1 => text + "st",
            2 => text + "nd",
            3 => text + "rd",
            _ => text + "th",
        };
    }
}
