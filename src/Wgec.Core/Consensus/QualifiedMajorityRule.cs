using System;
using System.Linq;

namespace Wgec.Core.Consensus;

/// <summary>
/// Qualified majority, the fallback of other bodies: agreed when at least <see cref="Share"/> of the
/// members present and voting support. Voting means support (with or without reservation) or
/// objection; abstaining and "no objection" are present but not voting. With nobody voting it is
/// not agreed. Registry name <c>qualified-majority</c>; parameter <c>share</c> (default 2/3).
/// </summary>
/// <remarks>Equality is by descriptor. Immutable and thread-safe.</remarks>
public sealed class QualifiedMajorityRule : IConsensusRule, IEquatable<QualifiedMajorityRule>
{
    /// <summary>The registry name.</summary>
    public const string RegistryName = "qualified-majority";

    /// <summary>The default share: two thirds.</summary>
    public const double DefaultShare = 2.0 / 3.0;

    /// <summary>Creates the rule.</summary>
    /// <param name="share">The share of members present and voting who must support, in (0, 1].</param>
    /// <exception cref="ArgumentException">The share is out of range.</exception>
    public QualifiedMajorityRule(double share = DefaultShare)
    {
        Share = RuleMath.Share(share, nameof(share), allowZero: false);
        Descriptor = new RuleDescriptor(RegistryName, [new("share", share)]);
    }

    /// <summary>The share of members present and voting who must support.</summary>
    public double Share { get; }

    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; }

    /// <inheritdoc/>
    public ConsensusOutcome Evaluate(ConsensusContext context)
    {
        Guard.Against.Null(context);
        var supporters = context.Members.Count(m => m.Kind.IsSupport());
        var voting = supporters + context.Members.Count(m => m.Kind == PositionKind.Objection);
        var required = Math.Max(1, RuleMath.AtLeast(Share, voting));
        Finding[] findings = supporters >= required
            ? []
            : [new Finding(FindingKind.MajorityNotReached, true, RegistryName, actual: supporters, required: required)];
        return ConsensusOutcome.Decide(context, RegistryName, findings);
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
