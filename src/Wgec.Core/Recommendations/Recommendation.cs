using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Recommendations;

/// <summary>
/// A recommendation of a working group: its id, its grouping (e.g. A–E), its title, its text versions
/// and its history. The state is the fold of the history.
/// </summary>
/// <remarks>
/// Invariants: at least one version, numbered 1, 2, … in order; no version depends on the
/// recommendation itself. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class Recommendation : IEquatable<Recommendation>
{
    /// <summary>Creates a recommendation.</summary>
    /// <param name="id">The id.</param>
    /// <param name="group">The grouping, e.g. "A".</param>
    /// <param name="title">The title.</param>
    /// <param name="versions">The text versions, numbered 1, 2, … in order.</param>
    /// <param name="history">The history.</param>
    /// <exception cref="ArgumentException">An invariant is broken.</exception>
    public Recommendation(RecommendationId id, GroupKey group, string title, IEnumerable<RecommendationVersion> versions, RecommendationHistory history)
    {
        if (id.Value.Length == 0 || group.Value.Length == 0)
        {
            throw new DomainValidationException("required", "a recommendation needs an id and a group.", id.Value.Length == 0 ? nameof(id) : nameof(group));
        }

        Preconditions.NotBlank(title);
        Preconditions.NotNull(history);
        var list = Immutable.ToArrayChecked(versions, nameof(versions));
        if (list.IsEmpty)
        {
            throw new DomainValidationException("required", $"recommendation '{id}' needs at least one version.", nameof(versions));
        }

        for (var i = 0; i < list.Length; i++)
        {
            var at = i.ToString(CultureInfo.InvariantCulture);
            if (list[i].Number != i + 1)
            {
                throw new DomainValidationException("version-numbering", $"version {DomainWords.Place(i)} of '{id}' is numbered {list[i].Number.ToString(CultureInfo.InvariantCulture)}, not {(i + 1).ToString(CultureInfo.InvariantCulture)}.", nameof(versions), $"versions[{at}].number");
            }

            if (list[i].DependsOn.Contains(id))
            {
                throw new DomainValidationException("self-dependency", $"version {list[i].Number.ToString(CultureInfo.InvariantCulture)} of '{id}' depends on itself.", nameof(versions), $"versions[{at}].dependsOn");
            }
        }

        Id = id;
        Group = group;
        Title = title.Trim();
        Versions = list;
        History = history;
    }

    /// <summary>The id.</summary>
    public RecommendationId Id { get; }

    /// <summary>The grouping.</summary>
    public GroupKey Group { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The text versions, oldest first.</summary>
    public ImmutableArray<RecommendationVersion> Versions { get; }

    /// <summary>The latest version.</summary>
    public RecommendationVersion Current => Versions[Versions.Length - 1];

    /// <summary>The history.</summary>
    public RecommendationHistory History { get; }

    /// <summary>The current state: the fold of the history.</summary>
    public RecommendationState State => History.State;

    /// <summary>Returns a copy with one more event.</summary>
    /// <param name="lifecycleEvent">The event.</param>
    /// <returns>A new recommendation.</returns>
    /// <exception cref="DomainValidationException">The transition is illegal.</exception>
    public Recommendation PlusEvent(LifecycleEvent lifecycleEvent) => new(Id, Group, Title, Versions, History.Plus(lifecycleEvent));

    /// <summary>Returns a copy that records an evaluated outcome (an <see cref="LifecycleEventKind.OutcomeRecorded"/> event at the outcome's meeting).</summary>
    /// <param name="outcome">The outcome of this recommendation.</param>
    /// <param name="at">When it was recorded.</param>
    /// <param name="actor">Who recorded it (usually the chair).</param>
    /// <returns>A new recommendation.</returns>
    /// <exception cref="DomainValidationException">The outcome is of another recommendation, or the transition is illegal.</exception>
    public Recommendation PlusOutcome(ConsensusOutcome outcome, Instant at, ParticipantId actor)
    {
        Preconditions.NotNull(outcome);
        if (outcome.Recommendation != Id)
        {
            throw new DomainValidationException("other-recommendation", $"the outcome of '{outcome.Recommendation}' cannot be recorded on '{Id}'.", nameof(outcome));
        }

        return PlusEvent(new LifecycleEvent(LifecycleEventKind.OutcomeRecorded, at, outcome.Meeting, actor, outcome.Kind, outcome.IsAgreed ? null : string.Join("; ", outcome.BlockingFindings)));
    }

    /// <summary>Returns a copy with a new version and its amendment event.</summary>
    /// <param name="version">The new version, numbered one above the current.</param>
    /// <param name="amended">The amendment event (kind <see cref="LifecycleEventKind.Amended"/>).</param>
    /// <returns>A new recommendation.</returns>
    public Recommendation PlusVersion(RecommendationVersion version, LifecycleEvent amended)
    {
        Preconditions.NotNull(amended);
        if (amended.Kind != LifecycleEventKind.Amended)
        {
            throw new DomainValidationException("amendment-expected", $"a new version of '{Id}' comes with an amendment, not {DomainWords.Of(amended.Kind)}.", nameof(amended));
        }

        return new(Id, Group, Title, Versions.Add(Preconditions.NotNull(version)), History.Plus(amended));
    }

    /// <inheritdoc/>
    public bool Equals(Recommendation? other) =>
        other is not null && Id == other.Id && Group == other.Group && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Immutable.SequenceEqual(Versions, other.Versions) && History.Equals(other.History);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Recommendation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Group, Immutable.SequenceHash(Versions), History);

    /// <summary>The id and title.</summary>
    /// <returns>The recommendation as text.</returns>
    public override string ToString() => $"{Id} ({Group}): {Title}";
}
