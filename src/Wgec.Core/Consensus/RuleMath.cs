using System;
using System.Collections.Generic;
using System.Linq;

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

    /// <summary>The quorum finding when too few deciding members are present; none otherwise.</summary>
    internal static IEnumerable<Finding> Quorum(ConsensusContext context, double quorum, string rule)
    {
        var present = context.Members.Count(m => m.Kind.IsPresent());
        var required = Math.Max(1, AtLeast(quorum, context.Members.Length));
        if (present < required)
        {
            yield return new Finding(FindingKind.QuorumNotMet, true, rule, actual: present, required: required);
        }
    }

    /// <summary>One finding per deciding member holding an open or sustained objection.</summary>
    internal static IEnumerable<Finding> BlockingObjections(ConsensusContext context, string rule) =>
        context.Members
            .Where(m => m.HoldsBlockingObjection)
            .Select(m => new Finding(FindingKind.BlockingObjection, true, rule, m.Participant, m.Group, m.Disposition, text: m.Text));
}
