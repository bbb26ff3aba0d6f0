using System;
using System.Linq;

namespace Wgec.Core.Consensus;

/// <summary>
/// Group-aware consensus after Polis, over the roster's declared stakeholder groups: the score is the
/// product over declared groups of (supporters + 1) / (present + 2), counting deciding members only;
/// agreed when it reaches <see cref="Threshold"/>. The score is exposed on every outcome
/// (<see cref="ConsensusOutcome.Score"/>) and by <see cref="ScoreOf"/>. Registry name
/// <c>group-aware</c>; parameter <c>threshold</c> (default 0.25).
/// </summary>
/// <remarks>Equality is by descriptor. Immutable and thread-safe.</remarks>
public sealed class GroupAwareConsensusRule : IConsensusRule, IEquatable<GroupAwareConsensusRule>
{
    /// <summary>The registry name.</summary>
    public const string RegistryName = "group-aware";

    /// <summary>The default threshold.</summary>
    public const double DefaultThreshold = 0.25;

    /// <summary>Creates the rule.</summary>
    /// <param name="threshold">The score to reach, in (0, 1].</param>
    /// <exception cref="ArgumentException">The threshold is out of range.</exception>
    public GroupAwareConsensusRule(double threshold = DefaultThreshold)
    {
        Threshold = RuleMath.Share(threshold, nameof(threshold), allowZero: false);
        Descriptor = new RuleDescriptor(RegistryName, [new("threshold", threshold)]);
    }

    /// <summary>The score to reach.</summary>
    public double Threshold { get; }

    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The group-aware score of a reading: the product over declared groups of (supporters + 1) / (present + 2).</summary>
    /// <param name="context">The reading, roster and ledger.</param>
    /// <returns>The score, in (0, 1).</returns>
    public static double ScoreOf(ConsensusContext context)
    {
        Guard.Against.Null(context);
        var score = 1.0;
        foreach (var group in context.Roster.DeclaredGroups)
        {
            var present = context.Members.Count(m => m.Group == group && m.Kind.IsPresent());
            var supporters = context.Members.Count(m => m.Group == group && m.Kind.IsSupport());
            score *= (supporters + 1.0) / (present + 2.0);
        }

        return score;
    }

    /// <inheritdoc/>
    public ConsensusOutcome Evaluate(ConsensusContext context)
    {
        var score = ScoreOf(context);
        var finding = new Finding(FindingKind.GroupAwareScore, score < Threshold, RegistryName, actual: score, required: Threshold);
        return ConsensusOutcome.Decide(context, RegistryName, [finding], score);
    }

    /// <inheritdoc/>
    public bool Equals(GroupAwareConsensusRule? other) => other is not null && Descriptor.Equals(other.Descriptor);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GroupAwareConsensusRule);

    /// <inheritdoc/>
    public override int GetHashCode() => Descriptor.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Descriptor.ToString();
}
