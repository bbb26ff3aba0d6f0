using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Meetings;

/// <summary>
/// One meeting of a working group: its ordinal, venue and sessions, its agenda and the decisions
/// taken under it, breakout groups, results, next steps, resources, the decision on the next
/// meeting and the outside events it took note of.
/// </summary>
/// <remarks>
/// <para>Rules checked on construction, each named in the <see cref="DomainValidationException"/>:
/// <c>no-sessions</c> (at least one session); <c>sessions-order</c> (sessions chronological);
/// <c>sessions-overlap</c> (no two sessions share time); <c>duplicate-agenda-number</c> (numbers
/// unique across the agenda tree); <c>unknown-agenda-item</c> (a decision refers to an existing
/// item); <c>next-meeting-number</c> (the next meeting is this number + 1);
/// <c>next-meeting-date</c> (it starts after this meeting ends).</para>
/// <para>All lists keep their given order. Equality is by content. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Meeting : IEquatable<Meeting>
{
    /// <summary>Creates a meeting.</summary>
    /// <param name="number">The ordinal of the meeting; at least 1.</param>
    /// <param name="venue">Where it takes place.</param>
    /// <param name="sessions">Its sessions, chronological and not overlapping; at least one.</param>
    /// <param name="agenda">The agenda items, in order.</param>
    /// <param name="decisions">Decisions taken, each under an agenda item.</param>
    /// <param name="breakoutGroups">Breakout groups.</param>
    /// <param name="results">Results, paraphrased.</param>
    /// <param name="nextSteps">Next steps, paraphrased.</param>
    /// <param name="resources">Documents made available.</param>
    /// <param name="nextMeeting">The decision on the next meeting's number and dates, if one was taken.</param>
    /// <param name="relatedEvents">Outside events the meeting took note of.</param>
    /// <param name="sources">Where the facts come from; may be empty.</param>
    /// <exception cref="ArgumentException">An argument is null or breaks a rule named in the exception.</exception>
    public Meeting(
        int number,
        Venue venue,
        IEnumerable<Session> sessions,
        IEnumerable<AgendaItem>? agenda = null,
        IEnumerable<Decision>? decisions = null,
        IEnumerable<BreakoutGroup>? breakoutGroups = null,
        IEnumerable<string>? results = null,
        IEnumerable<string>? nextSteps = null,
        IEnumerable<Resource>? resources = null,
        NextMeetingDecision? nextMeeting = null,
        IEnumerable<ExternalEvent>? relatedEvents = null,
        IEnumerable<SourceReference>? sources = null)
    {
        Number = Preconditions.Positive(number);
        Venue = Preconditions.NotNull(venue);
        Sessions = Immutable.ToArrayChecked(sessions, nameof(sessions));
        CheckSessions(Sessions);
        Agenda = Immutable.ToArrayOrEmpty(agenda, nameof(agenda));
        var numbers = CheckAgendaNumbers(Agenda);
        Decisions = Immutable.ToArrayOrEmpty(decisions, nameof(decisions));
        for (var i = 0; i < Decisions.Length; i++)
        {
            if (!numbers.Contains(Decisions[i].AgendaItem))
            {
                throw new DomainValidationException(
                    "unknown-agenda-item",
                    $"decisions[{i}] refers to agenda item '{Decisions[i].AgendaItem}', which meeting {number}'s agenda does not have.",
                    nameof(decisions),
                    $"decisions[{i}].agendaItem");
            }
        }

        BreakoutGroups = Immutable.ToArrayOrEmpty(breakoutGroups, nameof(breakoutGroups));
        Results = Internal.DomainText.List(results, nameof(results));
        NextSteps = Internal.DomainText.List(nextSteps, nameof(nextSteps));
        Resources = Immutable.ToArrayOrEmpty(resources, nameof(resources));
        if (nextMeeting is not null)
        {
            if (nextMeeting.MeetingNumber != number + 1)
            {
                throw new DomainValidationException(
                    "next-meeting-number",
                    $"meeting {number} decided on meeting {nextMeeting.MeetingNumber}; the next meeting must be number {number + 1}.",
                    nameof(nextMeeting),
                    "nextMeeting.meetingNumber");
            }

            if (nextMeeting.Dates.Start <= Sessions[Sessions.Length - 1].Date)
            {
                throw new DomainValidationException(
                    "next-meeting-date",
                    $"the next meeting must start after meeting {number} ends ({Sessions[Sessions.Length - 1].Date:uuuu-MM-dd}), not on {nextMeeting.Dates.Start:uuuu-MM-dd}.",
                    nameof(nextMeeting),
                    "nextMeeting.dates");
            }
        }

        NextMeeting = nextMeeting;
        RelatedEvents = Immutable.ToArrayOrEmpty(relatedEvents, nameof(relatedEvents));
        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));
    }

    /// <summary>The ordinal of the meeting.</summary>
    public int Number { get; }

    /// <summary>Where it takes place.</summary>
    public Venue Venue { get; }

    /// <summary>The sessions, chronological.</summary>
    public ImmutableArray<Session> Sessions { get; }

    /// <summary>The dates from the first to the last session, inclusive.</summary>
    public DateInterval Dates => new(Sessions[0].Date, Sessions[Sessions.Length - 1].Date);

    /// <summary>The agenda items, in order.</summary>
    public ImmutableArray<AgendaItem> Agenda { get; }

    /// <summary>The decisions taken, in the given order.</summary>
    public ImmutableArray<Decision> Decisions { get; }

    /// <summary>The breakout groups, in the given order.</summary>
    public ImmutableArray<BreakoutGroup> BreakoutGroups { get; }

    /// <summary>The results, in the given order.</summary>
    public ImmutableArray<string> Results { get; }

    /// <summary>The next steps, in the given order.</summary>
    public ImmutableArray<string> NextSteps { get; }

    /// <summary>The documents made available, in the given order.</summary>
    public ImmutableArray<Resource> Resources { get; }

    /// <summary>The decision on the next meeting, or <see langword="null"/>.</summary>
    public NextMeetingDecision? NextMeeting { get; }

    /// <summary>Outside events the meeting took note of, in the given order.</summary>
    public ImmutableArray<ExternalEvent> RelatedEvents { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <summary>Every agenda item, nested ones included, depth first.</summary>
    /// <returns>The items.</returns>
    public IEnumerable<AgendaItem> AllAgendaItems() => Agenda.SelectMany(item => item.SelfAndDescendants());

    /// <summary>Finds an agenda item by number anywhere in the agenda tree.</summary>
    /// <param name="number">The item number.</param>
    /// <returns>The item, or <see langword="null"/>.</returns>
    public AgendaItem? FindAgendaItem(string number)
    {
        Preconditions.NotNull(number);
        return AllAgendaItems().FirstOrDefault(item => string.Equals(item.Number, number, StringComparison.Ordinal));
    }

    /// <summary>Returns a copy with one more decision.</summary>
    /// <param name="decision">The decision; its agenda item must exist.</param>
    /// <returns>A new meeting.</returns>
    public Meeting PlusDecision(Decision decision) =>
        new(Number, Venue, Sessions, Agenda, Decisions.Add(Preconditions.NotNull(decision)), BreakoutGroups, Results, NextSteps, Resources, NextMeeting, RelatedEvents, Sources);

    /// <summary>Returns a copy with another number (used when renumbering a draft record).</summary>
    /// <param name="number">The new ordinal.</param>
    /// <returns>A new meeting.</returns>
    public Meeting WithNumber(int number) =>
        new(number, Venue, Sessions, Agenda, Decisions, BreakoutGroups, Results, NextSteps, Resources, NextMeeting, RelatedEvents, Sources);

    /// <inheritdoc/>
    public bool Equals(Meeting? other) =>
        other is not null
        && Number == other.Number
        && Venue.Equals(other.Venue)
        && Immutable.SequenceEqual(Sessions, other.Sessions)
        && Immutable.SequenceEqual(Agenda, other.Agenda)
        && Immutable.SequenceEqual(Decisions, other.Decisions)
        && Immutable.SequenceEqual(BreakoutGroups, other.BreakoutGroups)
        && Immutable.SequenceEqual(Results, other.Results)
        && Immutable.SequenceEqual(NextSteps, other.NextSteps)
        && Immutable.SequenceEqual(Resources, other.Resources)
        && Equals(NextMeeting, other.NextMeeting)
        && Immutable.SequenceEqual(RelatedEvents, other.RelatedEvents)
        && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Meeting);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Number);
        hash.Add(Venue);
        hash.Add(Immutable.SequenceHash(Sessions));
        hash.Add(Immutable.SequenceHash(Agenda));
        hash.Add(Immutable.SequenceHash(Decisions));
        hash.Add(Immutable.SequenceHash(BreakoutGroups));
        hash.Add(Immutable.SequenceHash(Results));
        hash.Add(Immutable.SequenceHash(NextSteps));
        hash.Add(Immutable.SequenceHash(Resources));
        hash.Add(NextMeeting);
        hash.Add(Immutable.SequenceHash(RelatedEvents));
        hash.Add(Immutable.SequenceHash(Sources));
        return hash.ToHashCode();
    }

    /// <summary>The number, dates and city.</summary>
    /// <returns>The meeting as text.</returns>
    public override string ToString() => $"meeting {Number.ToString(CultureInfo.InvariantCulture)}, {Dates}, {Venue.City}";

    private static void CheckSessions(ImmutableArray<Session> sessions)
    {
        if (sessions.IsEmpty)
        {
            throw new DomainValidationException("no-sessions", "a meeting needs at least one session.", nameof(sessions));
        }

        for (var i = 1; i < sessions.Length; i++)
        {
            var previous = sessions[i - 1];
            var current = sessions[i];
            if (previous.Overlaps(current))
            {
                throw new DomainValidationException("sessions-overlap", $"session {DomainWords.Place(i)} ({current}) overlaps session {DomainWords.Place(i - 1)} ({previous}).", nameof(sessions), $"sessions[{i}]");
            }

            if (!previous.EndsBefore(current))
            {
                throw new DomainValidationException("sessions-order", $"session {DomainWords.Place(i)} ({current}) comes before session {DomainWords.Place(i - 1)} ({previous}); sessions must be chronological.", nameof(sessions), $"sessions[{i}]");
            }
        }
    }

    private static HashSet<string> CheckAgendaNumbers(ImmutableArray<AgendaItem> agenda)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < agenda.Length; i++)
        {
            Visit(agenda[i], $"agenda[{i}]");
        }

        return numbers;

        void Visit(AgendaItem item, string location)
        {
            if (!numbers.Add(item.Number))
            {
                throw new DomainValidationException("duplicate-agenda-number", $"agenda number '{item.Number}' is used twice.", nameof(agenda), location + ".number");
            }

            for (var j = 0; j < item.SubItems.Length; j++)
            {
                Visit(item.SubItems[j], $"{location}.subItems[{j}]");
            }
        }
    }
}
