using System;
using System.Collections.Immutable;

namespace Wgec.Core.Consensus;

/// <summary>Counting shared by the built-in rules.</summary>
internal static class RuleMath
{
    /// <summary>Tolerance for shares given as decimals (2/3 as 0.6667).</summary>
    private const double Tolerance = 1e-9;

    /// <summary>The least whole count that reaches <paramref name="share"/> of <paramref name="total"/>.</summary>
    internal static int AtLeast(double share, int total) => (int)Math.Ceiling((share * total) - Tolerance);

    /// <summary>Validates a share in [0, 1] (or (0, 1] when zero is not allowed).</summary>
    internal static double Share(double value, string paramName, bool allowZero)
    {
        if (double.IsNaN(value) || value > 1 || value < 0 || (!allowZero && value == 0))
        {
            var range = allowZero ? "between 0 and 1" : "above 0 and at most 1";
            throw new DomainValidationException("out-of-range", $"{paramName} must be {range}, not {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", paramName);
        }

        return value;
    }

    /// <summary>Whether enough deciding members are present.</summary>
    internal static bool QuorumMet(ConsensusContext context, double quorum) => context.Present >= QuorumCount(quorum, context.MemberCount);

    /// <summary>The quorum figures: blocking when too few deciding members are present, recorded otherwise.</summary>
    internal static Finding Quorum(ConsensusContext context, double quorum, string rule)
    {
        var present = context.Present;
        var required = QuorumCount(quorum, context.MemberCount);
        var met = present >= required;
        return new Finding(met ? FindingKind.QuorumMet : FindingKind.QuorumNotMet, !met, rule, actual: present, required: required, basis: context.MemberCount, share: quorum);
    }

    /// <summary>The members that must be present: the quorum's share of the deciding members, and at least one.</summary>
    internal static int QuorumCount(double quorum, int members) => Math.Max(1, AtLeast(quorum, members));

    /// <summary>One finding per deciding member holding an open or sustained objection.</summary>
    internal static void BlockingObjections(ConsensusContext context, string rule, ImmutableArray<Finding>.Builder findings)
    {
        if (context.BlockingObjections == 0)
        {
            return;
        }

        foreach (var m in context.Members)
        {
            if (m.HoldsBlockingObjection)
            {
                findings.Add(About(m, FindingKind.BlockingObjection, true, rule));
            }
        }
    }

    /// <summary>A finding about one member: participant, name, group, disposition and reason.</summary>
    internal static Finding About(MemberPosition m, FindingKind kind, bool blocking, string rule) =>
        new(kind, blocking, rule, m.Participant, m.Group, m.Disposition, text: m.Text, participantName: m.Name);
}
