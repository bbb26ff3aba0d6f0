using System;
using System.Collections.Immutable;

namespace Wgec.Core.Consensus;

/// <summary>
/// Qualified majority, the fallback of other bodies: agreed when a quorum is present and at least
/// <see cref="Share"/> of the members present and voting support. Voting means support (with or
/// without reservation) or an objection that was neither withdrawn nor accommodated; abstaining,
/// "no objection" and a withdrawn or accommodated objection are present but not voting. With nobody
/// voting it is not agreed. Registry name <c>qualified-majority</c>; parameters <c>share</c> (default
/// 2/3) and <c>quorum</c> (default 0.5).
/// </summary>
/// <remarks>Equality is by descriptor. Immutable and thread-safe.</remarks>
public sealed class QualifiedMajorityRule : IConsensusRule, IEquatable<QualifiedMajorityRule>, IExplainsOutcome
{
    /// <summary>The registry name.</summary>
    public const string RegistryName = "qualified-majority";

    /// <summary>The default share: two thirds.</summary>
    public const double DefaultShare = 2.0 / 3.0;

    /// <summary>Creates the rule.</summary>
    /// <param name="share">The share of members present and voting who must support, in (0, 1].</param>
    /// <param name="quorum">The share of deciding members who must be present, in [0, 1]; at least one member always.</param>
    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public QualifiedMajorityRule(double share = DefaultShare, double quorum = UnConsensusRule.DefaultQuorum)
    {
        Share = RuleMath.Share(share, nameof(share), allowZero: false);
        Quorum = RuleMath.Share(quorum, nameof(quorum), allowZero: true);
        Descriptor = new RuleDescriptor(RegistryName, [new("quorum", quorum), new("share", share)]);
    }

    /// <summary>The share of members present and voting who must support.</summary>
    public double Share { get; }

    /// <summary>The share of deciding members who must be present.</summary>
    public double Quorum { get; }

    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The supporters needed among <paramref name="voting"/> members present and voting: the share, rounded up, and at least one.</summary>
    /// <param name="voting">The members present and voting.</param>
    /// <returns>The supporters needed.</returns>
    public int RequiredSupporters(int voting) => Math.Max(1, RuleMath.AtLeast(Share, voting));

    /// <inheritdoc/>
    public ConsensusOutcome Evaluate(ConsensusContext context)
    {
        Preconditions.NotNull(context);
        var supporters = context.Supporters;
        var reached = supporters >= RequiredSupporters(supporters + context.VotesAgainst);
        return new ConsensusOutcome(context, RegistryName, !RuleMath.QuorumMet(context, Quorum) || !reached, this);
    }

    /// <inheritdoc/>
    void IExplainsOutcome.Explain(ConsensusContext context, ImmutableArray<Finding>.Builder findings)
    {
        var supporters = context.Supporters;
        var voting = supporters + context.VotesAgainst;
        var required = RequiredSupporters(voting);
        var reached = supporters >= required;
        findings.Add(RuleMath.Quorum(context, Quorum, RegistryName));
        findings.Add(new Finding(reached ? FindingKind.MajorityReached : FindingKind.MajorityNotReached, !reached, RegistryName, actual: supporters, required: required, basis: voting, share: Share));
    }

    /// <inheritdoc/>
    public bool Equals(QualifiedMajorityRule? other) => other is not null && Descriptor.Equals(other.Descriptor);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as QualifiedMajorityRule);

    /// <inheritdoc/>
    public override int GetHashCode() => Descriptor.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Descriptor.ToString();
}
