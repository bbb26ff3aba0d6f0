using System;
using System.Collections.Immutable;

namespace Wgec.Core.Consensus;

/// <summary>
/// UN consensus: agreed when a quorum of members took a position and no member holds an open or
/// sustained objection. Reservations are recorded. Registry name <c>un-consensus</c>; parameter
/// <c>quorum</c>, the share of deciding members who must be present (default 0.5; at least one member).
/// </summary>
/// <remarks>Equality is by descriptor. Immutable and thread-safe.</remarks>
public sealed class UnConsensusRule : IConsensusRule, IEquatable<UnConsensusRule>, IExplainsOutcome
{
    /// <summary>The registry name.</summary>
    public const string RegistryName = "un-consensus";

    /// <summary>The default quorum.</summary>
    public const double DefaultQuorum = 0.5;

    /// <summary>Creates the rule.</summary>
    /// <param name="quorum">The share of deciding members who must be present, in [0, 1].</param>
    /// <exception cref="ArgumentException">The quorum is out of range.</exception>
    public UnConsensusRule(double quorum = DefaultQuorum)
    {
        Quorum = RuleMath.Share(quorum, nameof(quorum), allowZero: true);
        Descriptor = new RuleDescriptor(RegistryName, [new("quorum", quorum)]);
    }

    /// <summary>The share of deciding members who must be present.</summary>
    public double Quorum { get; }

    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; }

    /// <inheritdoc/>
    public ConsensusOutcome Evaluate(ConsensusContext context)
    {
        Preconditions.NotNull(context);
        var blocked = !RuleMath.QuorumMet(context, Quorum) || context.BlockingObjections > 0;
        return new ConsensusOutcome(context, RegistryName, blocked, this);
    }

    /// <inheritdoc/>
    void IExplainsOutcome.Explain(ConsensusContext context, ImmutableArray<Finding>.Builder findings)
    {
        findings.Add(RuleMath.Quorum(context, Quorum, RegistryName));
        RuleMath.BlockingObjections(context, RegistryName, findings);
    }

    /// <inheritdoc/>
    public bool Equals(UnConsensusRule? other) => other is not null && Descriptor.Equals(other.Descriptor);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as UnConsensusRule);

    /// <inheritdoc/>
    public override int GetHashCode() => Descriptor.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Descriptor.ToString();
}
