using System;
using System.Collections.Immutable;

namespace Wgec.Core.Consensus;

/// <summary>
/// Multi-stakeholder consensus: UN consensus holds, and every stakeholder group with members present
/// has at least <see cref="MinimumSupporters"/> member(s) in support. Registry name
/// <c>multi-stakeholder</c>; parameters <c>quorum</c> (default 0.5) and <c>minimumSupporters</c> (default 1).
/// </summary>
/// <remarks>Equality is by descriptor. Immutable and thread-safe.</remarks>
public sealed class MultiStakeholderConsensusRule : IConsensusRule, IEquatable<MultiStakeholderConsensusRule>, IExplainsOutcome
{
    /// <summary>The registry name.</summary>
    public const string RegistryName = "multi-stakeholder";

    /// <summary>Creates the rule.</summary>
    /// <param name="quorum">The share of deciding members who must be present, in [0, 1].</param>
    /// <param name="minimumSupporters">The supporters each group with members present needs; at least 1.</param>
    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public MultiStakeholderConsensusRule(double quorum = UnConsensusRule.DefaultQuorum, int minimumSupporters = 1)
    {
        Quorum = RuleMath.Share(quorum, nameof(quorum), allowZero: true);
        MinimumSupporters = Preconditions.Positive(minimumSupporters);
        Descriptor = new RuleDescriptor(RegistryName, [new("minimumSupporters", minimumSupporters), new("quorum", quorum)]);
    }

    /// <summary>The share of deciding members who must be present.</summary>
    public double Quorum { get; }

    /// <summary>The supporters each stakeholder group with members present needs.</summary>
    public int MinimumSupporters { get; }

    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; }

    /// <inheritdoc/>
    public ConsensusOutcome Evaluate(ConsensusContext context)
    {
        Preconditions.NotNull(context);
        var blocked = !RuleMath.QuorumMet(context, Quorum) || context.BlockingObjections > 0;
        foreach (var group in context.Roster.DeclaredGroups)
        {
            var tally = context.InGroup(group);
            blocked |= tally.Present > 0 && tally.Supporters < MinimumSupporters;
        }

        return new ConsensusOutcome(context, RegistryName, blocked, this);
    }

    /// <inheritdoc/>
    void IExplainsOutcome.Explain(ConsensusContext context, ImmutableArray<Finding>.Builder findings)
    {
        findings.Add(RuleMath.Quorum(context, Quorum, RegistryName));
        RuleMath.BlockingObjections(context, RegistryName, findings);
        foreach (var group in context.Roster.DeclaredGroups)
        {
            var tally = context.InGroup(group);
            if (tally.Present == 0)
            {
                continue;
            }

            var met = tally.Supporters >= MinimumSupporters;
            findings.Add(new Finding(met ? FindingKind.GroupSupported : FindingKind.GroupWithoutSupport, !met, RegistryName, group: group, actual: tally.Supporters, required: MinimumSupporters, basis: tally.Present));
        }
    }

    /// <inheritdoc/>
    public bool Equals(MultiStakeholderConsensusRule? other) => other is not null && Descriptor.Equals(other.Descriptor);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MultiStakeholderConsensusRule);

    /// <inheritdoc/>
    public override int GetHashCode() => Descriptor.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Descriptor.ToString();
}
