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
    /// final reading). Every failed package is named on every one of its items, with the items that
    /// hold it back, and every unmet condition on every one of its dependents, with the prerequisites
    /// not agreed, whether the item was agreed on its own or not. A recommendation without an outcome
    /// counts as not agreed.
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

        var alone = new HashSet<RecommendationId>(result.Values.Where(o => o.IsAgreed).Select(o => o.Recommendation));
        var agreed = AgreedAfter(alone, skipPackage: -1);
        var findings = result.Keys.ToDictionary(id => id, _ => new List<Finding>());
        for (var p = 0; p < Packages.Length; p++)
        {
            var package = Packages[p];
            if (package.Items.All(agreed.Contains))
            {
                continue;
            }

            // The items that hold the package back: those not agreed even without this package.
            var without = AgreedAfter(alone, skipPackage: p);
            var holding = package.Items.Where(id => !without.Contains(id)).ToList();
            foreach (var id in package.Items.Where(findings.ContainsKey))
            {
                findings[id].Add(new Finding(FindingKind.PackageNotAgreed, true, PackageRule, items: holding, text: package.Name));
            }
        }

        foreach (var condition in Conditions)
        {
            var met = condition.Prerequisites.Count(agreed.Contains);
            if (met >= condition.RequiredCount)
            {
                continue;
            }

            var missing = condition.Prerequisites.Where(id => !agreed.Contains(id)).ToList();
            foreach (var id in condition.Dependents.Where(findings.ContainsKey))
            {
                findings[id].Add(new Finding(FindingKind.ConditionNotMet, true, ConditionRule, actual: met, required: condition.RequiredCount, items: missing, text: condition.Name, basis: condition.Prerequisites.Length));
            }
        }

        var resolved = ImmutableSortedDictionary.CreateBuilder<RecommendationId, ConsensusOutcome>();
        foreach (var pair in result)
        {
            var o = pair.Value;
            var added = findings[pair.Key];
            var kind = o.IsAgreed && !agreed.Contains(pair.Key) ? (o.FinalReading ? OutcomeKind.NoAgreement : OutcomeKind.ToBeRevisited) : o.Kind;
            resolved.Add(pair.Key, added.Count == 0 ? o : o.WithKind(kind, added));
        }

        return resolved.ToImmutable();
    }

    /// <summary>
    /// The recommendations agreed once packages and conditions apply, given those agreed on their own
    /// readings: the greatest set that every package and condition allows.
    /// </summary>
    /// <param name="agreedAlone">The recommendations agreed on their own readings.</param>
    /// <returns>The recommendations still agreed.</returns>
    public ImmutableHashSet<RecommendationId> AgreedAfter(IEnumerable<RecommendationId> agreedAlone) =>
        AgreedAfter(new HashSet<RecommendationId>(Preconditions.NotNull(agreedAlone)), skipPackage: -1).ToImmutableHashSet();

    /// <summary>Whether <paramref name="target"/> is agreed once packages and conditions apply to <paramref name="alone"/>.</summary>
    internal bool Agrees(HashSet<RecommendationId> alone, RecommendationId target) => AgreedAfter(alone, skipPackage: -1).Contains(target);

    /// <summary>The recommendations whose agreement can decide <paramref name="target"/>'s: itself, its packages' items and its conditions' prerequisites, transitively.</summary>
    internal SortedSet<RecommendationId> Linked(RecommendationId target)
    {
        var linked = new SortedSet<RecommendationId>();
        var work = new Stack<RecommendationId>();
        work.Push(target);
        while (work.Count > 0)
        {
            var id = work.Pop();
            if (!linked.Add(id))
            {
                continue;
            }

            foreach (var next in Packages.Where(p => p.Items.Contains(id)).SelectMany(p => p.Items)
                .Concat(Conditions.Where(c => c.Dependents.Contains(id)).SelectMany(c => c.Prerequisites)))
            {
                work.Push(next);
            }
        }

        return linked;
    }

    private HashSet<RecommendationId> AgreedAfter(HashSet<RecommendationId> alone, int skipPackage)
    {
        var agreed = new HashSet<RecommendationId>(alone);
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var p = 0; p < Packages.Length; p++)
            {
                if (p != skipPackage && !Packages[p].Items.All(agreed.Contains))
                {
                    foreach (var id in Packages[p].Items)
                    {
                        changed |= agreed.Remove(id);
                    }
                }
            }

            foreach (var condition in Conditions)
            {
                if (condition.Prerequisites.Count(agreed.Contains) < condition.RequiredCount)
                {
                    foreach (var id in condition.Dependents)
                    {
                        changed |= agreed.Remove(id);
                    }
                }
            }
        }

        return agreed;
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
