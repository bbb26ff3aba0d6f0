using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Wgec.Core.Internal;

namespace Wgec.Core.Recommendations;

/// <summary>
/// The history of a recommendation: its events, oldest first. The current <see cref="State"/> is
/// the fold of the events through the <see cref="LifecycleTable"/> — the one source of truth.
/// </summary>
/// <remarks>
/// Invariants: starts with one drafting, follows the table, instants and meetings never decrease.
/// Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class RecommendationHistory : IEquatable<RecommendationHistory>
{
    /// <summary>Creates a history.</summary>
    /// <param name="events">The events, oldest first.</param>
    /// <exception cref="ArgumentException">An invariant is broken; the message names both states of an illegal transition.</exception>
    public RecommendationHistory(IEnumerable<LifecycleEvent> events)
    {
        var list = Immutable.ToArrayChecked(events, nameof(events));
        for (var i = 1; i < list.Length; i++)
        {
            if (list[i].At < list[i - 1].At || list[i].Meeting < list[i - 1].Meeting)
            {
                throw new DomainValidationException("out-of-order", $"event {DomainWords.Place(i)} is earlier than the one before it.", nameof(events), $"events[{i.ToString(CultureInfo.InvariantCulture)}]");
            }
        }

        State = LifecycleTable.Fold(list);
        Events = list;
    }

    /// <summary>The events, oldest first.</summary>
    public ImmutableArray<LifecycleEvent> Events { get; }

    /// <summary>The current state: the fold of <see cref="Events"/>.</summary>
    public RecommendationState State { get; }

    /// <summary>Returns a copy with one more event.</summary>
    /// <param name="lifecycleEvent">The event.</param>
    /// <returns>A new history.</returns>
    /// <exception cref="DomainValidationException">The transition is illegal; the message names both states.</exception>
    public RecommendationHistory Plus(LifecycleEvent lifecycleEvent) => new(Events.Add(Preconditions.NotNull(lifecycleEvent)));

    /// <inheritdoc/>
    public bool Equals(RecommendationHistory? other) => other is not null && Immutable.SequenceEqual(Events, other.Events);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RecommendationHistory);

    /// <inheritdoc/>
    public override int GetHashCode() => Immutable.SequenceHash(Events);
}
