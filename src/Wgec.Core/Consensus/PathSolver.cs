using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Consensus;

/// <summary>
/// The exact search behind <see cref="ConsensusPath.Find"/>. Every built-in rule depends only on how
/// many members of each stakeholder group hold each kind of position, and support is at least as good
/// as any other change for every one of them, so the fewest changes is the fewest members who come to
/// support. A rule compiles to alternatives (any-of) of requirements (all-of); a dynamic programme over
/// the groups then finds, per alternative, the cheapest choice of how many members of each group and
/// starting position move.
/// </summary>
internal static class PathSolver
{
    private const int O = 0, X = 1, D = 2, N = 3, A = 4, Classes = 5;

    /// <summary>The fewest changes that make the reading agreed, as steps; null when no change set does; throws for a rule it does not know.</summary>
    internal static List<PathStep>? Solve(IConsensusRule rule, ConsensusContext context)
    {
        var alternatives = Compile(rule, context) ?? throw new DomainValidationException(
            "unsupported-rule", $"the path to consensus is computed for the built-in rules and their compositions; '{rule.Descriptor.Name}' is not one.", nameof(rule));
        var groups = context.Roster.DeclaredGroups.Select(g => new GroupCounts(g, context.Members.Where(m => m.Group == g))).ToList();
        Choice? best = null;
        foreach (var requirements in alternatives)
        {
            var choice = Cheapest(requirements, groups);
            if (choice is not null && (best is null || choice.Cost < best.Cost))
            {
                best = choice;
            }
        }

        if (best is null)
        {
            return null;
        }

        var steps = new List<PathStep>();
        for (var g = 0; g < groups.Count; g++)
        {
            for (var c = 0; c < Classes; c++)
            {
                if (best.Moves[g][c] > 0)
                {
                    steps.Add(new PathStep(context.Reading.Recommendation, groups[g].Group, StartOf(c), best.Moves[g][c], groups[g].Members[c]));
                }
            }
        }

        // For objections, say whether a disposition would do instead of support.
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Start is PathStart.OpenObjection or PathStart.SustainedObjection or PathStart.AddressedObjection
                && rule.Evaluate(Apply(context, steps, withdrawn: i)).IsAgreed)
            {
                var s = steps[i];
                steps[i] = new PathStep(s.Recommendation, s.Group, s.Start, s.Count, s.Candidates, dispositionSuffices: true);
            }
        }

        return steps;
    }

    /// <summary>The context after the steps: the first <see cref="PathStep.Count"/> candidates of each come to support (or, for step <paramref name="withdrawn"/>, withdraw their objection).</summary>
    internal static ConsensusContext Apply(ConsensusContext context, IEnumerable<PathStep> steps, int withdrawn = -1)
    {
        var reading = context.Reading;
        var ledger = context.Ledger;
        var index = 0;
        foreach (var step in steps)
        {
            foreach (var entry in step.Candidates.Take(step.Count))
            {
                if (index == withdrawn)
                {
                    var record = ledger.Records.FirstOrDefault(r => r.Recommendation == reading.Recommendation && r.Meeting == reading.Meeting && r.Objector == entry.Participant)
                        ?? new ObjectionRecord(reading.Recommendation, reading.Meeting, entry.Participant, []);
                    var at = record.Dispositions.IsEmpty ? Instant.MinValue : record.Dispositions[record.Dispositions.Length - 1].At;
                    ledger = ledger.WithRecord(record.PlusDisposition(new DispositionRecord(ObjectionDisposition.Withdrawn, entry.Participant, at)));
                }
                else
                {
                    reading = reading.WithPosition(Position.Support(entry.Participant));
                }
            }

            index++;
        }

        return new ConsensusContext(reading, context.Roster, ledger);
    }

    private static PathStart StartOf(int c) => c switch
    {
        O => PathStart.OpenObjection,
        X => PathStart.SustainedObjection,
        D => PathStart.AddressedObjection,
        N => PathStart.NotSupporting,
        _ => PathStart.Absent,
    };

    private static List<Requirements>? Compile(IConsensusRule rule, ConsensusContext context)
    {
        var members = context.Members.Length;
        switch (rule)
        {
            case UnConsensusRule un:
                return [new Requirements { Quorum = RuleMath.QuorumCount(un.Quorum, members), NoOpen = true, NoSustained = true }];
            case MultiStakeholderConsensusRule ms:
                return [new Requirements { Quorum = RuleMath.QuorumCount(ms.Quorum, members), NoOpen = true, NoSustained = true, GroupSupport = ms.MinimumSupporters }];
            case RoughConsensusRule rough:
                return [new Requirements { Quorum = RuleMath.QuorumCount(rough.Quorum, members), NoOpen = true, WholeGroup = rough.MinWholeGroupSize, Sustained = [rough] }];
            case GroupAwareConsensusRule ga:
                return [new Requirements { Quorum = RuleMath.QuorumCount(ga.Quorum, members), Scores = [ga] }];
            case QualifiedMajorityRule qm:
                return [new Requirements { Quorum = RuleMath.QuorumCount(qm.Quorum, members), Majorities = [qm] }];
            case AnyOfRule any:
            {
                var all = new List<Requirements>();
                foreach (var child in any.Rules)
                {
                    var compiled = Compile(child, context);
                    if (compiled is null)
                    {
                        return null;
                    }

                    all.AddRange(compiled);
                }

                return all;
            }

            case AllOfRule allOf:
            {
                var product = new List<Requirements> { new() };
                foreach (var child in allOf.Rules)
                {
                    var compiled = Compile(child, context);
                    if (compiled is null)
                    {
                        return null;
                    }

                    product = product.SelectMany(p => compiled.Select(c => p.And(c))).ToList();
                }

                return product;
            }

            default:
                return null;
        }
    }

    private static Choice? Cheapest(Requirements req, List<GroupCounts> groups)
    {
        var useX = req.Sustained.Count > 0;
        var useV = req.Majorities.Count > 0;

        // With both kinds of group-aware score required, the counted score is the skipped one times
        // 1/2 per group with nobody present (exactly, in binary): keyed by that number, one score decides.
        var useEmpty = req.Scores.Select(r => r.CountAbsentGroups).Distinct().Count() > 1;
        var layers = new List<Dictionary<(int Cost, int P, int V, int X, int E), Entry>>();
        var start = new Dictionary<(int, int, int, int, int), Entry> { [(0, 0, 0, 0, 0)] = new Entry([1.0, 1.0], default, []) };
        layers.Add(start);
        foreach (var g in groups)
        {
            var next = new Dictionary<(int Cost, int P, int V, int X, int E), Entry>();
            foreach (var pair in layers[layers.Count - 1])
            {
                foreach (var move in g.Options(req))
                {
                    var cost = pair.Key.Cost + move.Sum();
                    var key = (cost, pair.Key.P + move[A], useV ? pair.Key.V + move[N] + move[A] : 0, useX ? pair.Key.X + g.Count(X) - move[X] : 0,
                        useEmpty && g.Present + move[A] == 0 ? pair.Key.E + 1 : pair.Key.E);
                    var scores = new[] { pair.Value.Scores[0] * g.Factor(move, false), pair.Value.Scores[1] * g.Factor(move, true) };
                    if (!next.TryGetValue(key, out var old) || Better(scores, old.Scores, req))
                    {
                        next[key] = new Entry(scores, pair.Key, move);
                    }
                }
            }

            layers.Add(next);
        }

        var present = groups.Sum(g => g.Present);
        var supporters = groups.Sum(g => g.Supporters);
        var voting = supporters + groups.Sum(g => g.Count(O) + g.Count(X) + g.Count(D));
        var sustained = groups.Sum(g => g.Count(X));
        (int Cost, int P, int V, int X, int E)? best = null;
        foreach (var pair in layers[layers.Count - 1].OrderBy(p => p.Key))
        {
            var (cost, dp, dv, xr, _) = pair.Key;
            var p = present + dp;
            var ok = p >= req.Quorum
                && req.Sustained.All(r => (useX ? xr : sustained) < r.SustainedLimit(p))
                && req.Majorities.All(r => supporters + cost >= r.RequiredSupporters(voting + dv))
                && req.Scores.All(r => !(pair.Value.Scores[r.CountAbsentGroups ? 1 : 0] < r.Threshold));
            if (ok && (best is null || cost < best.Value.Cost))
            {
                best = pair.Key;
            }
        }

        if (best is null)
        {
            return null;
        }

        var moves = new int[groups.Count][];
        var key2 = best.Value;
        for (var layer = groups.Count; layer > 0; layer--)
        {
            var entry = layers[layer][key2];
            moves[layer - 1] = entry.Move;
            key2 = entry.Previous;
        }

        return new Choice(best.Value.Cost, moves);
    }

    // With no score to keep, the first entry of a key is as good as any; with scores, keep the higher.
    private static bool Better(double[] candidate, double[] old, Requirements req)
    {
        if (req.Scores.Count == 0)
        {
            return false;
        }

        // One kind of score, or both with the number of empty groups in the key: the first kind decides.
        var flag = req.Scores[0].CountAbsentGroups ? 1 : 0;
        return candidate[flag] > old[flag];
    }

    private sealed class Entry(double[] scores, (int, int, int, int, int) previous, int[] move)
    {
        public double[] Scores { get; } = scores;

        public (int Cost, int P, int V, int X, int E) Previous { get; } = previous;

        public int[] Move { get; } = move;
    }

    private sealed class Choice(int cost, int[][] moves)
    {
        public int Cost { get; } = cost;

        public int[][] Moves { get; } = moves;
    }

    // A private accumulator the solver fills while it walks a rule: plain fields, no API.
    private sealed class Requirements
    {
        public int Quorum;

        public bool NoOpen;

        public bool NoSustained;

        public int GroupSupport;

        public int WholeGroup = int.MaxValue;

        public List<RoughConsensusRule> Sustained = [];

        public List<GroupAwareConsensusRule> Scores = [];

        public List<QualifiedMajorityRule> Majorities = [];

        public Requirements And(Requirements other) => new()
        {
            Quorum = Math.Max(Quorum, other.Quorum),
            NoOpen = NoOpen || other.NoOpen,
            NoSustained = NoSustained || other.NoSustained,
            GroupSupport = Math.Max(GroupSupport, other.GroupSupport),
            WholeGroup = Math.Min(WholeGroup, other.WholeGroup),
            Sustained = [.. Sustained, .. other.Sustained],
            Scores = [.. Scores, .. other.Scores],
            Majorities = [.. Majorities, .. other.Majorities],
        };
    }

    /// <summary>One stakeholder group's members by starting position.</summary>
    private sealed class GroupCounts
    {
        public GroupCounts(StakeholderGroup group, IEnumerable<MemberPosition> members)
        {
            Group = group;
            Members = Enumerable.Range(0, Classes).Select(_ => new List<RosterEntry>()).ToArray();
            foreach (var m in members)
            {
                if (m.Kind.IsSupport())
                {
                    Supporters++;
                    continue;
                }

                var c = m.Kind == PositionKind.Absent ? A : m.Disposition switch
                {
                    ObjectionDisposition.Open => O,
                    ObjectionDisposition.Sustained => X,
                    ObjectionDisposition.AddressedNotAccommodated => D,
                    _ => N,
                };
                Members[c].Add(m.Entry);
            }

            Present = Supporters + Count(O) + Count(X) + Count(D) + Count(N);
        }

        public StakeholderGroup Group { get; }

        public List<RosterEntry>[] Members { get; }

        public int Supporters { get; }

        public int Present { get; }

        public int Count(int c) => Members[c].Count;

        public double Factor(int[] move, bool countAbsent) =>
            GroupAwareConsensusRule.Factor(Supporters + move.Sum(), Present + move[A], countAbsent);

        /// <summary>Every choice of how many members of each starting position come to support that the group-wise requirements allow.</summary>
        public IEnumerable<int[]> Options(Requirements req)
        {
            for (var o = req.NoOpen ? Count(O) : 0; o <= Count(O); o++)
            {
                for (var x = req.NoSustained ? Count(X) : 0; x <= Count(X); x++)
                {
                    for (var d = 0; d <= Count(D); d++)
                    {
                        for (var n = 0; n <= Count(N); n++)
                        {
                            for (var a = 0; a <= Count(A); a++)
                            {
                                var supporters = Supporters + o + x + d + n + a;
                                var present = Present + a;
                                var sustained = Count(X) - x;
                                if ((present > 0 && supporters < req.GroupSupport) || (present >= req.WholeGroup && sustained == present))
                                {
                                    continue;
                                }

                                yield return [o, x, d, n, a];
                            }
                        }
                    }
                }
            }
        }
    }
}
