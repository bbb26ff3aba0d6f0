using System;
using System.Collections.Immutable;

namespace Wgec.Core.Consensus;

/// <summary>
/// Group-aware consensus after Polis, over the roster's declared stakeholder groups: the score is the
/// product over declared groups of (supporters + 1) / (present + 2), counting deciding members only;
/// agreed when a quorum is present and the score reaches <see cref="Threshold"/>. A declared group
/// with nobody present is skipped (factor 1) unless <see cref="CountAbsentGroups"/>, when it counts
/// as 1/2. The score is exposed on every outcome (<see cref="ConsensusOutcome.Score"/>) and by
/// <see cref="ScoreOf"/>. Registry name <c>group-aware</c>; parameters <c>threshold</c> (default 0.25),
/// <c>countAbsentGroups</c> (0 = skip, the default; 1 = count) and <c>quorum</c> (default 0.5).
/// </summary>
/// <remarks>Equality is by descriptor. Immutable and thread-safe.</remarks>
public sealed class GroupAwareConsensusRule : IConsensusRule, IEquatable<GroupAwareConsensusRule>, IExplainsOutcome
{
    /// <summary>The registry name.</summary>
    public const string RegistryName = "group-aware";

    /// <summary>The default threshold.</summary>
    public const double DefaultThreshold = 0.25;

    /// <summary>Creates the rule.</summary>
    /// <param name="threshold">The score to reach, in (0, 1].</param>
    /// <param name="quorum">The share of deciding members who must be present, in [0, 1]; at least one member always.</param>
    /// <param name="countAbsentGroups">Whether a declared group with nobody present counts (as 1/2) rather than being skipped.</param>
    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public GroupAwareConsensusRule(double threshold = DefaultThreshold, double quorum = UnConsensusRule.DefaultQuorum, bool countAbsentGroups = false)
    {
        Threshold = RuleMath.Share(threshold, nameof(threshold), allowZero: false);
        Quorum = RuleMath.Share(quorum, nameof(quorum), allowZero: true);
        CountAbsentGroups = countAbsentGroups;
        Descriptor = new RuleDescriptor(RegistryName, [new("countAbsentGroups", countAbsentGroups ? 1 : 0), new("quorum", quorum), new("threshold", threshold)]);
    }

    /// <summary>The score to reach.</summary>
    public double Threshold { get; }

    /// <summary>The share of deciding members who must be present.</summary>
    public double Quorum { get; }

    /// <summary>Whether a declared group with nobody present counts as 1/2 (otherwise it is skipped).</summary>
    public bool CountAbsentGroups { get; }

    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The group-aware score of a reading: the product over declared groups of (supporters + 1) / (present + 2).</summary>
    /// <param name="context">The reading, roster and ledger.</param>
    /// <param name="countAbsentGroups">Whether a group with nobody present counts as 1/2; skipped otherwise.</param>
    /// <returns>The score, in (0, 1].</returns>
    public static double ScoreOf(ConsensusContext context, bool countAbsentGroups = false)
    {
        Preconditions.NotNull(context);
        var score = 1.0;
        foreach (var group in context.Roster.DeclaredGroups)
        {
            var tally = context.InGroup(group);
            score *= Factor(tally.Supporters, tally.Present, countAbsentGroups);
        }

        return score;
    }

    /// <inheritdoc/>
    public ConsensusOutcome Evaluate(ConsensusContext context)
    {
        var score = ScoreOf(context, CountAbsentGroups);
        return new ConsensusOutcome(context, RegistryName, !RuleMath.QuorumMet(context, Quorum) || score < Threshold, this, score);
    }

    /// <inheritdoc/>
    void IExplainsOutcome.Explain(ConsensusContext context, ImmutableArray<Finding>.Builder findings)
    {
        var score = ScoreOf(context, CountAbsentGroups);
        findings.Add(RuleMath.Quorum(context, Quorum, RegistryName));
        findings.Add(new Finding(FindingKind.GroupAwareScore, score < Threshold, RegistryName, actual: score, required: Threshold));
    }

    /// <inheritdoc/>
    public bool Equals(GroupAwareConsensusRule? other) => other is not null && Descriptor.Equals(other.Descriptor);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GroupAwareConsensusRule);

    /// <inheritdoc/>
    public override int GetHashCode() => Descriptor.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Descriptor.ToString();

    /// <summary>One group's factor of the score.</summary>
    internal static double Factor(int supporters, int present, bool countAbsentGroups) =>
        present == 0 && !countAbsentGroups ? 1.0 : (supporters + 1.0) / (present + 2.0);
}
