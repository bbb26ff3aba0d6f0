using System;
using System.Collections.Generic;
using System.Linq;

namespace Wgec.Core.Consensus;

/// <summary>
/// Rough consensus after IETF RFC 7282 (objections are addressed, not counted): agreed when every
/// member's objection has a disposition other than open, sustained objections stay under
/// <see cref="MaxSustainedShare"/> of the members present, and no stakeholder group with members
/// present sustains an objection as a whole. At least one member must be present. Registry name
/// <c>rough-consensus</c>; parameter <c>maxSustainedShare</c> (default 0.1).
/// </summary>
/// <remarks>Equality is by descriptor. Immutable and thread-safe.</remarks>
public sealed class RoughConsensusRule : IConsensusRule, IEquatable<RoughConsensusRule>
{
    /// <summary>The registry name.</summary>
    public const string RegistryName = "rough-consensus";

    /// <summary>The default share of sustained objections that must not be reached.</summary>
    public const double DefaultMaxSustainedShare = 0.1;

    /// <summary>Creates the rule.</summary>
    /// <param name="maxSustainedShare">Sustained objections must stay strictly under this share of members present, in (0, 1].</param>
    /// <exception cref="ArgumentException">The share is out of range.</exception>
    public RoughConsensusRule(double maxSustainedShare = DefaultMaxSustainedShare)
    {
        MaxSustainedShare = RuleMath.Share(maxSustainedShare, nameof(maxSustainedShare), allowZero: false);
        Descriptor = new RuleDescriptor(RegistryName, [new("maxSustainedShare", maxSustainedShare)]);
    }

    /// <summary>Sustained objections must stay strictly under this share of members present.</summary>
    public double MaxSustainedShare { get; }

    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; }

    /// <inheritdoc/>
    public ConsensusOutcome Evaluate(ConsensusContext context)
    {
        Guard.Against.Null(context);
        return ConsensusOutcome.Decide(context, RegistryName, Findings(context));
    }

    /// <inheritdoc/>
    public bool Equals(RoughConsensusRule? other) => other is not null && Descriptor.Equals(other.Descriptor);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RoughConsensusRule);

    /// <inheritdoc/>
    public override int GetHashCode() => Descriptor.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Descriptor.ToString();

    private IEnumerable<Finding> Findings(ConsensusContext context)
    {
        var present = context.Members.Where(m => m.Kind.IsPresent()).ToList();
        if (present.Count == 0)
        {
            yield return new Finding(FindingKind.QuorumNotMet, true, RegistryName, actual: 0, required: 1);
            yield break;
        }

        foreach (var m in present.Where(m => m.Disposition == ObjectionDisposition.Open))
        {
            yield return new Finding(FindingKind.ObjectionNotAddressed, true, RegistryName, m.Participant, m.Group, m.Disposition, text: m.Text);
        }

        var sustained = present.Where(m => m.Disposition == ObjectionDisposition.Sustained).ToList();
        // At least one: a share so small that it rounds to zero still means "any sustained objection".
        var limit = Math.Max(1, RuleMath.AtLeast(MaxSustainedShare, present.Count));
        if (sustained.Count >= limit)
        {
            yield return new Finding(FindingKind.TooManySustainedObjections, true, RegistryName, actual: sustained.Count, required: limit);
        }

        foreach (var group in context.Roster.DeclaredGroups)
        {
            var inGroup = present.Where(m => m.Group == group).ToList();
            if (inGroup.Count > 0 && inGroup.All(m => m.Disposition == ObjectionDisposition.Sustained))
            {
                yield return new Finding(FindingKind.WholeGroupSustains, true, RegistryName, group: group, actual: inGroup.Count);
            }
        }
    }
}
