using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Consensus;

/// <summary>
/// The packages and conditional agreements that link recommendations' outcomes, and the resolution
/// that applies them to the outcomes of the individual readings.
/// </summary>
/// <remarks>
/// Conditions must not form a cycle (a recommendation that, through conditions, depends on itself);
/// the error names the cycle. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class AgreementStructure : IEquatable<AgreementStructure>
{
    /// <summary>The package rule name used in findings.</summary>
    public const string PackageRule = "package";

    /// <summary>The condition rule name used in findings.</summary>
    public const string ConditionRule = "condition";

    /// <summary>Creates a structure.</summary>
    /// <param name="packages">The packages.</param>
    /// <param name="conditions">The conditional agreements; acyclic.</param>
    /// <exception cref="ArgumentException">A null element, or a cycle among the conditions.</exception>
    public AgreementStructure(IEnumerable<RecommendationPackage> packages, IEnumerable<ConditionalAgreement> conditions)
    {
        Packages = Immutable.ToArrayChecked(packages, nameof(packages));
        Conditions = Immutable.ToArrayChecked(conditions, nameof(conditions));
        RejectCycles(Conditions);
    }

    /// <summary>A structure without packages or conditions.</summary>
    public static AgreementStructure None { get; } = new([], []);

    /// <summary>The packages, in the given order.</summary>
    public ImmutableArray<RecommendationPackage> Packages { get; }

    /// <summary>The conditional agreements, in the given order.</summary>
    public ImmutableArray<ConditionalAgreement> Conditions { get; }

    /// <summary>
    /// Applies the packages and conditions to the outcomes of individual readings. An agreed
    /// recommendation stays agreed only while every package it belongs to is wholly agreed and every
    /// condition it depends on is met; otherwise it becomes to be revisited (no agreement after its
    /// final reading), with a finding that names the failed package items or the unmet condition.
    /// A recommendation without an outcome counts as not agreed. Repeats until nothing changes.
    /// </summary>
    /// <param name="outcomes">The outcome of each recommendation's latest reading; one per recommendation.</param>
    /// <returns>The resolved outcomes, sorted by recommendation id.</returns>
    /// <exception cref="ArgumentException">Two outcomes for one recommendation.</exception>
    public ImmutableSortedDictionary<RecommendationId, ConsensusOutcome> Resolve(IEnumerable<ConsensusOutcome> outcomes)
    {
        var list = Immutable.ToArrayChecked(outcomes, nameof(outcomes));
        var result = new SortedDictionary<RecommendationId, ConsensusOutcome>();
        for (var i = 0; i < list.Length; i++)
        {
            if (result.ContainsKey(list[i].Recommendation))
            {
                throw new DomainValidationException("duplicate", $"'{list[i].Recommendation}' has two outcomes.", nameof(outcomes), $"outcomes[{i.ToString(CultureInfo.InvariantCulture)}]");
            }

            result.Add(list[i].Recommendation, list[i]);
        }

        bool Agreed(RecommendationId id) => result.TryGetValue(id, out var o) && o.IsAgreed;

        void Demote(RecommendationId id, Finding finding)
        {
            var o = result[id];
            result[id] = o.WithKind(o.FinalReading ? OutcomeKind.NoAgreement : OutcomeKind.ToBeRevisited, [finding]);
        }

        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var package in Packages)
            {
                var failed = package.Items.Where(id => !Agreed(id)).ToList();
                if (failed.Count == 0)
                {
                    continue;
                }

                foreach (var id in package.Items.Where(Agreed).ToList())
                {
                    Demote(id, new Finding(FindingKind.PackageNotAgreed, true, PackageRule, items: failed, text: package.Name));
                    changed = true;
                }
            }

            foreach (var condition in Conditions)
            {
                var agreed = condition.Prerequisites.Count(Agreed);
                if (agreed >= condition.RequiredCount)
                {
                    continue;
                }

                var missing = condition.Prerequisites.Where(id => !Agreed(id)).ToList();
                foreach (var id in condition.Dependents.Where(Agreed).ToList())
                {
                    Demote(id, new Finding(FindingKind.ConditionNotMet, true, ConditionRule, actual: agreed, required: condition.RequiredCount, items: missing, text: condition.Name));
                    changed = true;
                }
            }
        }

        return result.ToImmutableSortedDictionary();
    }

    /// <inheritdoc/>
    public bool Equals(AgreementStructure? other) =>
        other is not null && Immutable.SequenceEqual(Packages, other.Packages) && Immutable.SequenceEqual(Conditions, other.Conditions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AgreementStructure);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Immutable.SequenceHash(Packages), Immutable.SequenceHash(Conditions));

    private static void RejectCycles(ImmutableArray<ConditionalAgreement> conditions)
    {
        // Edge: dependent -> prerequisite ("is agreed only if").
        var edges = new Dictionary<RecommendationId, SortedSet<RecommendationId>>();
        foreach (var c in conditions)
        {
            foreach (var d in c.Dependents)
            {
                if (!edges.TryGetValue(d, out var set))
                {
                    edges[d] = set = new SortedSet<RecommendationId>();
                }

                set.UnionWith(c.Prerequisites);
            }
        }

        var done = new HashSet<RecommendationId>();
        var path = new List<RecommendationId>();
        foreach (var start in edges.Keys.OrderBy(k => k))
        {
            Visit(start);
        }

        void Visit(RecommendationId node)
        {
            var at = path.IndexOf(node);
            if (at >= 0)
            {
                var cycle = string.Join(" → ", path.Skip(at).Concat([node]));
                throw new DomainValidationException("condition-cycle", $"the conditional agreements form a cycle: {cycle}.", nameof(conditions));
            }

            if (done.Contains(node))
            {
                return;
            }

            path.Add(node);
            if (edges.TryGetValue(node, out var next))
            {
                foreach (var n in next)
                {
                    Visit(n);
                }
            }

            path.RemoveAt(path.Count - 1);
            done.Add(node);
        }
    }
}
