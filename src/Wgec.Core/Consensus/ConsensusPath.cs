using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Consensus;

/// <summary>
/// The path to consensus: the smallest set of changes that would make a recommendation agreed under
/// the same rule — which members, from which position (an open or sustained objection, present
/// without supporting, absent), must come to support on which reading, including the readings of the
/// package items and condition prerequisites that must be agreed first. Each member who moves is one
/// change; no smaller set of changes (of positions or of dispositions) would do.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class ConsensusPath : IEquatable<ConsensusPath>
{
    /// <summary>Creates a path.</summary>
    /// <param name="recommendation">The recommendation the path leads to agreement.</param>
    /// <param name="rule">The rule, as its descriptor text.</param>
    /// <param name="isReachable">Whether any change of positions makes it agreed.</param>
    /// <param name="steps">The steps; none when it is agreed already or unreachable.</param>
    /// <param name="reason">Why it cannot be reached; required exactly when it is unreachable.</param>
    /// <exception cref="ArgumentException">The id is default, the rule blank, or the reason given or missing against reachability.</exception>
    public ConsensusPath(RecommendationId recommendation, string rule, bool isReachable, IEnumerable<PathStep> steps, string? reason = null)
    {
        if (recommendation.Value.Length == 0)
        {
            throw new DomainValidationException("required", "a path needs a recommendation id.", nameof(recommendation));
        }

        Preconditions.NotBlank(rule);
        var list = Immutable.ToArrayChecked(steps, nameof(steps));
        if (isReachable == !string.IsNullOrWhiteSpace(reason) || (!isReachable && !list.IsEmpty))
        {
            throw new DomainValidationException("invalid-path", "an unreachable path has a reason and no steps; a reachable one has no reason.", nameof(reason));
        }

        Recommendation = recommendation;
        Rule = rule.Trim();
        IsReachable = isReachable;
        Steps = list;
        Reason = reason?.Trim();
    }

    /// <summary>The recommendation.</summary>
    public RecommendationId Recommendation { get; }

    /// <summary>The rule, as its descriptor text.</summary>
    public string Rule { get; }

    /// <summary>Whether any change of positions makes the recommendation agreed.</summary>
    public bool IsReachable { get; }

    /// <summary>The steps, by recommendation and stakeholder group.</summary>
    public ImmutableArray<PathStep> Steps { get; }

    /// <summary>Why the recommendation cannot be agreed, or <see langword="null"/>.</summary>
    public string? Reason { get; }

    /// <summary>The number of changes: members who move, over every step.</summary>
    public int Changes => Steps.Sum(s => s.Count);

    /// <summary>Whether the recommendation is agreed already: reachable with no change.</summary>
    public bool IsAgreed => IsReachable && Steps.IsEmpty;

    /// <summary>
    /// The smallest set of changes that makes one reading agreed under <paramref name="rule"/>, without
    /// packages or conditions (see <c>Deliberation.PathTo</c> for those).
    /// </summary>
    /// <param name="rule">A built-in rule, or an <c>all-of</c> / <c>any-of</c> of them.</param>
    /// <param name="context">The reading, roster and ledger.</param>
    /// <returns>The path.</returns>
    /// <exception cref="DomainValidationException">The rule is not built in.</exception>
    public static ConsensusPath Find(IConsensusRule rule, ConsensusContext context)
    {
        Preconditions.NotNull(rule);
        Preconditions.NotNull(context);
        var name = rule.Descriptor.ToString();
        if (rule.Evaluate(context).IsAgreed)
        {
            return new ConsensusPath(context.Reading.Recommendation, name, true, []);
        }

        var steps = PathSolver.Solve(rule, context);
        return steps is null
            ? new ConsensusPath(context.Reading.Recommendation, name, false, [], $"even with every member in support, '{context.Reading.Recommendation}' is not agreed under {name}")
            : new ConsensusPath(context.Reading.Recommendation, name, true, steps);
    }

    /// <summary>The context after this path's steps on its reading: the first candidates of each step come to support.</summary>
    /// <param name="context">A context of one of the recommendations the steps name.</param>
    /// <returns>The changed context.</returns>
    public ConsensusContext ApplyTo(ConsensusContext context)
    {
        Preconditions.NotNull(context);
        return PathSolver.Apply(context, Steps.Where(s => s.Recommendation == context.Reading.Recommendation));
    }

    /// <inheritdoc/>
    public bool Equals(ConsensusPath? other) =>
        other is not null && Recommendation == other.Recommendation && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
        && IsReachable == other.IsReachable && Immutable.SequenceEqual(Steps, other.Steps) && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConsensusPath);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Recommendation, StringComparer.Ordinal.GetHashCode(Rule), IsReachable, Immutable.SequenceHash(Steps));

    /// <summary>The path as text: a heading line, then one line per step.</summary>
    /// <returns>The path as text.</returns>
    public override string ToString()
    {
        if (!IsReachable)
        {
            return $"Path to consensus on {Recommendation}: none — {Reason}.";
        }

        if (Steps.IsEmpty)
        {
            return $"Path to consensus on {Recommendation}: agreed already.";
        }

        var sb = new StringBuilder(FormattableString.Invariant($"Path to consensus on {Recommendation}: {Changes} change(s)"));
        foreach (var step in Steps)
        {
            sb.Append('\n').Append("  - ").Append(step);
        }

        return sb.ToString();
    }
}
