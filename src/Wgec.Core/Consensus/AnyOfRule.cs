using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Wgec.Core.Consensus;

/// <summary>
/// Agreed when at least one child rule agrees. When agreed, the explanation is the non-blocking
/// findings of every child (what was noted on the way); otherwise every child's findings.
/// Registry name <c>any-of</c>.
/// </summary>
/// <remarks>Equality is by descriptor. Immutable and thread-safe.</remarks>
public sealed class AnyOfRule : IConsensusRule, IEquatable<AnyOfRule>
{
    /// <summary>The registry name.</summary>
    public const string RegistryName = "any-of";

    /// <summary>Creates the rule.</summary>
    /// <param name="rules">The child rules; at least one.</param>
    /// <exception cref="ArgumentException">No rule is given, or one is null.</exception>
    public AnyOfRule(IEnumerable<IConsensusRule> rules)
    {
        Rules = RuleCombination.Children(rules);
        Descriptor = RuleCombination.Describe(RegistryName, Rules);
    }

    /// <summary>The child rules.</summary>
    public ImmutableArray<IConsensusRule> Rules { get; }

    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; }

    /// <inheritdoc/>
    public ConsensusOutcome Evaluate(ConsensusContext context) => RuleCombination.Evaluate(RegistryName, Rules, context, any: true);

    /// <inheritdoc/>
    public bool Equals(AnyOfRule? other) => other is not null && Descriptor.Equals(other.Descriptor);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AnyOfRule);

    /// <inheritdoc/>
    public override int GetHashCode() => Descriptor.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Descriptor.ToString();
}
