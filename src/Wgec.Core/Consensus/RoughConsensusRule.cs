using System;
using System.Collections.Generic;
using System.Linq;

namespace Wgec.Core.Consensus;

/// <summary>
/// Rough consensus after IETF RFC 7282 (objections are addressed, not counted): agreed when a quorum
/// of members is present, every member's objection has a disposition other than open, sustained
/// objections stay under <see cref="MaxSustainedShare"/> of the members present, and no stakeholder
/// group of at least <see cref="MinWholeGroupSize"/> members present sustains an objection as a whole.
/// Registry name <c>rough-consensus</c>; parameters <c>maxSustainedShare</c> (default 0.1),
/// <c>minWholeGroupSize</c> (default 2) and <c>quorum</c> (default 0.5).
/// </summary>
/// <remarks>Equality is by descriptor. Immutable and thread-safe.</remarks>
public sealed class RoughConsensusRule : IConsensusRule, IEquatable<RoughConsensusRule>
{
    /// <summary>The registry name.</summary>
    public const string RegistryName = "rough-consensus";

    /// <summary>The default share of sustained objections that must not be reached.</summary>
    public const double DefaultMaxSustainedShare = 0.1;

    /// <summary>The default least number of a group's members present for the group to block as a whole.</summary>
    public const int DefaultMinWholeGroupSize = 2;

    /// <summary>Creates the rule.</summary>
    /// <param name="maxSustainedShare">Sustained objections must stay strictly under this share of members present, in (0, 1].</param>
    /// <param name="quorum">The share of deciding members who must be present, in [0, 1]; at least one member always.</param>
    /// <param name="minWholeGroupSize">A group blocks as a whole only when at least this many of its members are present and all sustain an objection; at least 1.</param>
    /// <exception cref="ArgumentException">A parameter is out of range.</exception>
    public RoughConsensusRule(double maxSustainedShare = DefaultMaxSustainedShare, double quorum = UnConsensusRule.DefaultQuorum, int minWholeGroupSize = DefaultMinWholeGroupSize)
    {
        MaxSustainedShare = RuleMath.Share(maxSustainedShare, nameof(maxSustainedShare), allowZero: false);
        Quorum = RuleMath.Share(quorum, nameof(quorum), allowZero: true);
        MinWholeGroupSize = Preconditions.Positive(minWholeGroupSize);
        Descriptor = new RuleDescriptor(RegistryName, [new("maxSustainedShare", maxSustainedShare), new("minWholeGroupSize", minWholeGroupSize), new("quorum", quorum)]);
    }

    /// <summary>Sustained objections must stay strictly under this share of members present.</summary>
    public double MaxSustainedShare { get; }

    /// <summary>The share of deciding members who must be present.</summary>
    public double Quorum { get; }

    /// <summary>The least number of a group's members present for the group to block as a whole.</summary>
    public int MinWholeGroupSize { get; }

    /// <inheritdoc/>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The number of sustained objections that blocks among <paramref name="present"/> members: the share, rounded up, and at least one.</summary>
    /// <param name="present">The members present.</param>
    /// <returns>The limit that must not be reached.</returns>
    public int SustainedLimit(int present) => Math.Max(1, RuleMath.AtLeast(MaxSustainedShare, present));

    /// <inheritdoc/>
    public ConsensusOutcome Evaluate(ConsensusContext context)
    {
        Preconditions.NotNull(context);
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
        yield return RuleMath.Quorum(context, Quorum, RegistryName);
        var present = context.Members.Where(m => m.Kind.IsPresent()).ToList();
        if (present.Count == 0)
        {
            yield break;
        }

        foreach (var m in present.Where(m => m.Disposition == ObjectionDisposition.Open))
        {
            yield return RuleMath.About(m, FindingKind.ObjectionNotAddressed, true, RegistryName);
        }

        var sustained = present.Where(m => m.Disposition == ObjectionDisposition.Sustained).ToList();
        var limit = SustainedLimit(present.Count);
        var tooMany = sustained.Count >= limit;
        yield return new Finding(tooMany ? FindingKind.TooManySustainedObjections : FindingKind.SustainedObjectionsUnderLimit, tooMany, RegistryName, actual: sustained.Count, required: limit, basis: present.Count, share: MaxSustainedShare);

        var wholeGroups = new List<Process.StakeholderGroup>();
        foreach (var group in context.Roster.DeclaredGroups)
        {
            var inGroup = present.Count(m => m.Group == group);
            if (inGroup >= MinWholeGroupSize && sustained.Count(m => m.Group == group) == inGroup)
            {
                wholeGroups.Add(group);
                yield return new Finding(FindingKind.WholeGroupSustains, true, RegistryName, group: group, actual: inGroup, required: MinWholeGroupSize);
            }
        }

        // Each sustaining member by name and group: blocking when their objection helps block.
        foreach (var m in sustained)
        {
            yield return RuleMath.About(m, FindingKind.SustainedObjection, tooMany || wholeGroups.Contains(m.Group), RegistryName);
        }
    }
}
