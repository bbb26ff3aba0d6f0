using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Recommendations;

/// <summary>
/// Checks a set of recommendations against the Chair's criteria, on their current versions:
/// sequenced (a sequence order; dependencies exist, come earlier in the same group's sequence, and
/// form no cycle) and implementable (What, How and Who stated). Stability and flexibility are read
/// from the versions and history themselves (<see cref="Recommendation.Versions"/>).
/// </summary>
public static class RecommendationCriteria
{
    /// <summary>Checks the recommendations; pure and deterministic.</summary>
    /// <param name="recommendations">The recommendations; ids distinct.</param>
    /// <returns>Every shortfall, by recommendation id, then criterion.</returns>
    /// <exception cref="DomainValidationException">Two recommendations share an id.</exception>
    public static ImmutableArray<CriterionFinding> Check(IEnumerable<Recommendation> recommendations)
    {
        var list = Immutable.ToArrayChecked(recommendations, nameof(recommendations));
        var byId = new Dictionary<RecommendationId, Recommendation>();
        for (var i = 0; i < list.Length; i++)
        {
            if (byId.ContainsKey(list[i].Id))
            {
                throw new DomainValidationException("duplicate", $"recommendation '{list[i].Id}' is listed twice.", nameof(recommendations), $"recommendations[{i.ToString(CultureInfo.InvariantCulture)}]");
            }

            byId.Add(list[i].Id, list[i]);
        }

        var findings = new List<CriterionFinding>();
        foreach (var r in list.OrderBy(r => r.Id))
        {
            var v = r.Current;
            if (v.SequenceOrder is null)
            {
                findings.Add(new CriterionFinding(r.Id, ChairCriterion.Sequenced, "not-sequenced", "it has no place in its group's sequence."));
            }

            foreach (var dep in v.DependsOn)
            {
                if (!byId.TryGetValue(dep, out var d))
                {
                    findings.Add(new CriterionFinding(r.Id, ChairCriterion.Sequenced, "unknown-dependency", $"it depends on '{dep}', which is not in the set."));
                }
                else if (d.Group == r.Group && v.SequenceOrder is { } mine && d.Current.SequenceOrder is { } theirs && theirs >= mine)
                {
                    findings.Add(new CriterionFinding(r.Id, ChairCriterion.Sequenced, "dependency-not-earlier", $"it depends on '{dep}', which does not come earlier in the sequence of group {r.Group}."));
                }
            }

            if (InCycle(r.Id, byId))
            {
                findings.Add(new CriterionFinding(r.Id, ChairCriterion.Sequenced, "dependency-cycle", "it depends, through other recommendations, on itself."));
            }

            if (v.What is null)
            {
                findings.Add(new CriterionFinding(r.Id, ChairCriterion.Implementable, "missing-what", "it does not state What (the action)."));
            }

            if (v.How is null)
            {
                findings.Add(new CriterionFinding(r.Id, ChairCriterion.Implementable, "missing-how", "it does not state How (the mechanism or means)."));
            }

            if (v.Who.IsEmpty)
            {
                findings.Add(new CriterionFinding(r.Id, ChairCriterion.Implementable, "missing-who", "it does not state Who (the responsible actors)."));
            }
        }

        return findings.ToImmutableArray();
    }

    private static bool InCycle(RecommendationId start, Dictionary<RecommendationId, Recommendation> byId)
    {
        var seen = new HashSet<RecommendationId>();
        var stack = new Stack<RecommendationId>(byId[start].Current.DependsOn);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (id == start)
            {
                return true;
            }

            if (seen.Add(id) && byId.TryGetValue(id, out var r))
            {
                foreach (var d in r.Current.DependsOn)
                {
                    stack.Push(d);
                }
            }
        }

        return false;
    }
}
