using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Wgec.Core.Consensus;

/// <summary>
/// Agreed when every child rule agrees; the explanation joins the children's findings in order.
/// Registry name <c>all-of</c>.
/// </summary>
/// <remarks>Equality is by descriptor. Immutable and thread-safe.</remarks>
public sealed class AllOfRule : IConsensusRule, IEquatable<AllOfRule>
{
    /// <summary>The registry name.</summary>
    public const string RegistryName = "all-of";

    /// <summary>Creates the rule.</summary>
    /// <param name="rules">The child rules; at least one.</param>
    /// <exception cref="ArgumentException">No rule is given, or one is null.</exception>
    public AllOfRule(IEnumerable<IConsensusRule> rules)
    {
        Rules = RuleCombination.Children(rules);
        Descriptor = RuleCombination.Describe(RegistryName, Rules);
    }

    /// <summary>The child rules.</summary>
    public ImmutableArray<IConsensusRule> Rules { get; }

    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; }

    /// <inheritdoc/>
    public ConsensusOutcome Evaluate(ConsensusContext context) => RuleCombination.Evaluate(RegistryName, Rules, context, any: false);

    /// <inheritdoc/>
    public bool Equals(AllOfRule? other) => other is not null && Descriptor.Equals(other.Descriptor);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AllOfRule);

    /// <inheritdoc/>
    public override int GetHashCode() => Descriptor.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Descriptor.ToString();
}
