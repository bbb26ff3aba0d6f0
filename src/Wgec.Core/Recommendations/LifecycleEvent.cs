using System;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Recommendations;

/// <summary>
/// One immutable event in a recommendation's history: what happened, when, at which meeting, by whom,
/// and for a recorded outcome, which.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class LifecycleEvent : IEquatable<LifecycleEvent>
{
    /// <summary>Creates an event.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="at">When.</param>
    /// <param name="meeting">The ordinal of the meeting it belongs to (the next meeting for work between meetings).</param>
    /// <param name="actor">Who did it (proposer, chair, secretariat…).</param>
    /// <param name="outcome">The outcome; required for <see cref="LifecycleEventKind.OutcomeRecorded"/>, forbidden otherwise.</param>
    /// <param name="note">An optional note, e.g. what an amendment changed.</param>
    /// <exception cref="ArgumentException">The meeting is not positive, the actor default, or the outcome given where it must not be (or missing).</exception>
    public LifecycleEvent(LifecycleEventKind kind, Instant at, int meeting, ParticipantId actor, OutcomeKind? outcome = null, string? note = null)
    {
        Preconditions.Defined(kind);
        Preconditions.Positive(meeting);
        if (actor.Value.Length == 0)
        {
            throw new DomainValidationException("required", "an event records its actor.", nameof(actor));
        }

        if ((kind == LifecycleEventKind.OutcomeRecorded) != outcome.HasValue)
        {
            throw new DomainValidationException("outcome-mismatch", kind == LifecycleEventKind.OutcomeRecorded ? "a recorded outcome needs its outcome." : $"a {kind} event carries no outcome.", nameof(outcome));
        }

        if (outcome is { } o)
        {
            Specified.Check(o, nameof(outcome), "a recorded outcome (agreed, to be revisited or no agreement)");
        }

        Kind = kind;
        At = at;
        Meeting = meeting;
        Actor = actor;
        Outcome = outcome;
        Note = string.IsNullOrWhiteSpace(note) ? null : note!.Trim();
    }

    /// <summary>What happened.</summary>
    public LifecycleEventKind Kind { get; }

    /// <summary>When.</summary>
    public Instant At { get; }

    /// <summary>The ordinal of the meeting.</summary>
    public int Meeting { get; }

    /// <summary>Who did it.</summary>
    public ParticipantId Actor { get; }

    /// <summary>The outcome of a <see cref="LifecycleEventKind.OutcomeRecorded"/> event; otherwise <see langword="null"/>.</summary>
    public OutcomeKind? Outcome { get; }

    /// <summary>A note, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public bool Equals(LifecycleEvent? other) =>
        other is not null && Kind == other.Kind && At == other.At && Meeting == other.Meeting && Actor == other.Actor
        && Outcome == other.Outcome && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LifecycleEvent);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, At, Meeting, Actor, Outcome);
}
