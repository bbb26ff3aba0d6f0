using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Consensus;

/// <summary>
/// A conditional agreement, as in the WGEC's "in case of agreement on some issues in A and B,
/// agreement on the majority of issues in C, D and E": each dependent recommendation is agreed only
/// if at least <see cref="RequiredCount"/> of the prerequisites are agreed.
/// </summary>
/// <remarks>Both sets are sorted. Equality is by content. Immutable and thread-safe.</remarks>
public sealed class ConditionalAgreement : IEquatable<ConditionalAgreement>
{
    /// <summary>Creates a condition.</summary>
    /// <param name="name">The condition's name, used in explanations.</param>
    /// <param name="prerequisites">The recommendations whose agreement unlocks the dependents; at least one.</param>
    /// <param name="requiredShare">The share of prerequisites that must be agreed, in (0, 1]; at least one is always required.</param>
    /// <param name="dependents">The recommendations that are agreed only under the condition; at least one, none a prerequisite.</param>
    /// <exception cref="ArgumentException">A set is empty or duplicated, the share out of range, or the sets overlap (a cycle).</exception>
    public ConditionalAgreement(string name, IEnumerable<RecommendationId> prerequisites, double requiredShare, IEnumerable<RecommendationId> dependents)
    {
        Preconditions.NotBlank(name);
        var pre = Distinct(prerequisites, nameof(prerequisites), name);
        var dep = Distinct(dependents, nameof(dependents), name);
        RequiredShare = RuleMath.Share(requiredShare, nameof(requiredShare), allowZero: false);
        var overlap = pre.Intersect(dep).ToList();
        if (overlap.Count > 0)
        {
            throw new DomainValidationException("condition-cycle", $"condition '{name}' makes '{overlap[0]}' depend on itself: it is both a prerequisite and a dependent.", nameof(dependents));
        }

        Name = name.Trim();
        Prerequisites = pre;
        Dependents = dep;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The prerequisites, sorted.</summary>
    public ImmutableArray<RecommendationId> Prerequisites { get; }

    /// <summary>The share of prerequisites that must be agreed.</summary>
    public double RequiredShare { get; }

    /// <summary>The number of prerequisites that must be agreed: the share, rounded up, and at least one.</summary>
    public int RequiredCount => Math.Max(1, RuleMath.AtLeast(RequiredShare, Prerequisites.Length));

    /// <summary>The dependents, sorted.</summary>
    public ImmutableArray<RecommendationId> Dependents { get; }

    /// <inheritdoc/>
    public bool Equals(ConditionalAgreement? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && RequiredShare.Equals(other.RequiredShare)
        && Immutable.SequenceEqual(Prerequisites, other.Prerequisites) && Immutable.SequenceEqual(Dependents, other.Dependents);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConditionalAgreement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), RequiredShare, Immutable.SequenceHash(Prerequisites), Immutable.SequenceHash(Dependents));

    private static ImmutableArray<RecommendationId> Distinct(IEnumerable<RecommendationId> items, string paramName, string name)
    {
        var list = Immutable.ToArrayChecked(items, paramName);
        if (list.IsEmpty || list.Distinct().Count() != list.Length)
        {
            throw new DomainValidationException("invalid-condition", $"the {paramName} of condition '{name}' must be at least one recommendation, each listed once.", paramName);
        }

        return list.Sort();
    }
}
