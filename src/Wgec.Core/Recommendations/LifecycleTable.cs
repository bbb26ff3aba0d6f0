using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Consensus;

namespace Wgec.Core.Recommendations;

/// <summary>
/// The allowed lifecycle transitions of a recommendation, as data, and the fold that turns a
/// history of events into the current state. <see cref="LifecycleEventKind.Drafted"/> starts every
/// history in <see cref="RecommendationState.Draft"/>; every later event must match a row.
/// </summary>
public static class LifecycleTable
{
    /// <summary>The allowed transitions.</summary>
    public static ImmutableArray<LifecycleTransition> Transitions { get; } =
    [
        new(RecommendationState.Draft, LifecycleEventKind.Amended, RecommendationState.Draft),
        new(RecommendationState.Draft, LifecycleEventKind.Read, RecommendationState.UnderDiscussion),
        new(RecommendationState.UnderDiscussion, LifecycleEventKind.Amended, RecommendationState.UnderDiscussion),
        new(RecommendationState.UnderDiscussion, LifecycleEventKind.Read, RecommendationState.UnderDiscussion),
        new(RecommendationState.UnderDiscussion, LifecycleEventKind.OutcomeRecorded, RecommendationState.Agreed),
        new(RecommendationState.UnderDiscussion, LifecycleEventKind.OutcomeRecorded, RecommendationState.ToBeRevisited),
        new(RecommendationState.UnderDiscussion, LifecycleEventKind.OutcomeRecorded, RecommendationState.NoAgreement),
        new(RecommendationState.ToBeRevisited, LifecycleEventKind.Amended, RecommendationState.ToBeRevisited),
        new(RecommendationState.ToBeRevisited, LifecycleEventKind.Read, RecommendationState.UnderDiscussion),
        new(RecommendationState.ToBeRevisited, LifecycleEventKind.OutcomeRecorded, RecommendationState.NoAgreement),
        new(RecommendationState.Agreed, LifecycleEventKind.Reopened, RecommendationState.ToBeRevisited),
        new(RecommendationState.NoAgreement, LifecycleEventKind.Reopened, RecommendationState.ToBeRevisited),
    ];

    /// <summary>The state an outcome leads to.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The state.</returns>
    public static RecommendationState StateOf(OutcomeKind outcome) => outcome switch
    {
        OutcomeKind.Agreed => RecommendationState.Agreed,
        OutcomeKind.ToBeRevisited => RecommendationState.ToBeRevisited,
        _ => RecommendationState.NoAgreement,
    };

    /// <summary>The state an event would lead to from <paramref name="from"/>, if the table allows it.</summary>
    /// <param name="from">The state before.</param>
    /// <param name="lifecycleEvent">The event.</param>
    /// <param name="to">The state after, when allowed.</param>
    /// <returns>Whether the table allows the event.</returns>
    public static bool TryApply(RecommendationState from, LifecycleEvent lifecycleEvent, out RecommendationState to)
    {
        Preconditions.NotNull(lifecycleEvent);
        to = Target(from, lifecycleEvent);
        var target = to;
        return Transitions.Any(t => t.From == from && t.On == lifecycleEvent.Kind && t.To == target);
    }

    /// <summary>Applies one event.</summary>
    /// <param name="from">The state before.</param>
    /// <param name="lifecycleEvent">The event.</param>
    /// <returns>The state after.</returns>
    /// <exception cref="DomainValidationException">The table has no such transition; the message names both states.</exception>
    public static RecommendationState Apply(RecommendationState from, LifecycleEvent lifecycleEvent)
    {
        if (!TryApply(from, lifecycleEvent, out var to))
        {
            throw new DomainValidationException("illegal-transition", IllegalMessage(from, to, lifecycleEvent), nameof(lifecycleEvent));
        }

        return to;
    }

    /// <summary>Folds a history into its current state.</summary>
    /// <param name="events">The events, oldest first; the first is <see cref="LifecycleEventKind.Drafted"/>.</param>
    /// <returns>The current state.</returns>
    /// <exception cref="DomainValidationException">The history is empty, does not start with a drafting, drafts twice, or breaks the table.</exception>
    public static RecommendationState Fold(IEnumerable<LifecycleEvent> events)
    {
        Preconditions.NotNull(events);
        RecommendationState? state = null;
        var i = 0;
        foreach (var e in events)
        {
            var location = "events[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (e is null)
            {
                throw new DomainValidationException("null-element", $"{DomainWords.Entry(nameof(events), i)} is null.", nameof(events), location);
            }

            if (state is not { } current)
            {
                if (e.Kind != LifecycleEventKind.Drafted)
                {
                    throw new DomainValidationException("must-start-drafted", $"a history starts with a drafting, not {DomainWords.Of(e.Kind)}.", nameof(events), location);
                }

                state = RecommendationState.Draft;
            }
            else if (e.Kind == LifecycleEventKind.Drafted)
            {
                throw new DomainValidationException("drafted-twice", "a recommendation is drafted only once; amend it instead.", nameof(events), location);
            }
            else
            {
                if (!TryApply(current, e, out var next))
                {
                    throw new DomainValidationException("illegal-transition", IllegalMessage(current, next, e), nameof(events), location);
                }

                state = next;
            }

            i++;
        }

        return state ?? throw new DomainValidationException("required", "a history holds at least the drafting.", nameof(events));
    }

    private static string IllegalMessage(RecommendationState from, RecommendationState to, LifecycleEvent e) =>
        $"a recommendation cannot go from {DomainWords.Of(from)} to {DomainWords.Of(to)} ({DomainWords.Of(e.Kind)} at meeting {e.Meeting.ToString(System.Globalization.CultureInfo.InvariantCulture)}).";

    private static RecommendationState Target(RecommendationState from, LifecycleEvent e) => e.Kind switch
    {
        LifecycleEventKind.Drafted => RecommendationState.Draft,
        LifecycleEventKind.Amended => from,
        LifecycleEventKind.Read => RecommendationState.UnderDiscussion,
        LifecycleEventKind.OutcomeRecorded => StateOf(e.Outcome ?? OutcomeKind.NoAgreement),
        _ => RecommendationState.ToBeRevisited,
    };
}
