using System;
using System.Collections.Immutable;

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
public sealed class RoughConsensusRule : IConsensusRule, IEquatable<RoughConsensusRule>, IExplainsOutcome
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
        var present = context.Present;
        var blocked = !RuleMath.QuorumMet(context, Quorum) || present == 0 || context.OpenObjections > 0 || context.SustainedObjections >= SustainedLimit(present);
        foreach (var group in context.Roster.DeclaredGroups)
        {
            blocked |= SustainsAsWhole(context.InGroup(group));
        }

        return new ConsensusOutcome(context, RegistryName, blocked, this);
    }

    /// <inheritdoc/>
    void IExplainsOutcome.Explain(ConsensusContext context, ImmutableArray<Finding>.Builder findings)
    {
        findings.Add(RuleMath.Quorum(context, Quorum, RegistryName));
        var present = context.Present;
        if (present == 0)
        {
            return;
        }

        var members = context.Members;
        if (context.OpenObjections > 0)
        {
            foreach (var m in members)
            {
                if (m.Disposition == ObjectionDisposition.Open)
                {
                    findings.Add(RuleMath.About(m, FindingKind.ObjectionNotAddressed, true, RegistryName));
                }
            }
        }

        var sustained = context.SustainedObjections;
        var limit = SustainedLimit(present);
        var tooMany = sustained >= limit;
        findings.Add(new Finding(tooMany ? FindingKind.TooManySustainedObjections : FindingKind.SustainedObjectionsUnderLimit, tooMany, RegistryName, actual: sustained, required: limit, basis: present, share: MaxSustainedShare));

        foreach (var group in context.Roster.DeclaredGroups)
        {
            var tally = context.InGroup(group);
            if (SustainsAsWhole(tally))
            {
                findings.Add(new Finding(FindingKind.WholeGroupSustains, true, RegistryName, group: group, actual: tally.Present, required: MinWholeGroupSize));
            }
        }

        // Each sustaining member by name and group: blocking when their objection helps block.
        if (sustained > 0)
        {
            foreach (var m in members)
            {
                if (m.Disposition == ObjectionDisposition.Sustained)
                {
                    findings.Add(RuleMath.About(m, FindingKind.SustainedObjection, tooMany || SustainsAsWhole(context.InGroup(m.Group)), RegistryName));
                }
            }
        }
    }

    /// <inheritdoc/>
    public bool Equals(RoughConsensusRule? other) => other is not null && Descriptor.Equals(other.Descriptor);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RoughConsensusRule);

    /// <inheritdoc/>
    public override int GetHashCode() => Descriptor.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Descriptor.ToString();

    // Every member of the group present sustains an objection, and enough of them are present to block as a whole.
    private bool SustainsAsWhole(ConsensusContext.GroupTally tally) => tally.Present >= MinWholeGroupSize && tally.Sustained == tally.Present;
}
