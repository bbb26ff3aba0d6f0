using System;
using Wgec.Core.Internal;

namespace Wgec.Core.Recommendations;

/// <summary>One allowed row of the <see cref="LifecycleTable"/>: from a state, an event leads to a state.</summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class LifecycleTransition : IEquatable<LifecycleTransition>
{
    internal LifecycleTransition(RecommendationState from, LifecycleEventKind on, RecommendationState to)
    {
        From = from;
        On = on;
        To = to;
    }

    /// <summary>The state before.</summary>
    public RecommendationState From { get; }

    /// <summary>The event.</summary>
    public LifecycleEventKind On { get; }

    /// <summary>The state after.</summary>
    public RecommendationState To { get; }

    /// <inheritdoc/>
    public bool Equals(LifecycleTransition? other) => other is not null && From == other.From && On == other.On && To == other.To;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LifecycleTransition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(From, On, To);

    /// <summary>The row as text, e.g. "draft --read--> under discussion".</summary>
    /// <returns>The row as text.</returns>
    public override string ToString() => $"{DomainWords.Of(From)} --{DomainWords.Of(On)}--> {DomainWords.Of(To)}";
}
