using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Internal;

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
        Rules = Immutable.ToArrayChecked(rules, nameof(rules));
        Preconditions.NotEmpty(Rules.Length, nameof(rules));
        Descriptor = new RuleDescriptor(RegistryName, children: Rules.Select(r => r.Descriptor));
    }

    /// <summary>The child rules.</summary>
    public ImmutableArray<IConsensusRule> Rules { get; }

    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; }

    /// <inheritdoc/>
    public ConsensusOutcome Evaluate(ConsensusContext context)
    {
        Preconditions.NotNull(context);
        var outcomes = Rules.Select(r => r.Evaluate(context)).ToList();
        var agreed = outcomes.Any(o => o.IsAgreed);
        var findings = outcomes.SelectMany(o => o.Findings.Where(f => f.Kind != FindingKind.Reservation && (!agreed || !f.Blocking)));
        return ConsensusOutcome.Decide(context, RegistryName, findings, outcomes.Select(o => o.Score).FirstOrDefault(s => s.HasValue));
    }

    /// <inheritdoc/>
    public bool Equals(AnyOfRule? other) => other is not null && Descriptor.Equals(other.Descriptor);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AnyOfRule);

    /// <inheritdoc/>
    public override int GetHashCode() => Descriptor.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Descriptor.ToString();
}
