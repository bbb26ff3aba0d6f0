using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Wgec.Core.Benchmarks.Data;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Benchmarks;

/// <summary>
/// Evaluating consensus over generated readings of the 42 WGEC members (mostly support, about 10 %
/// objections). Baseline: a raw loop counting objections in a flat array of position kinds (the
/// limit). Each built-in rule of <see cref="ConsensusRuleRegistry.Default"/> evaluates every
/// reading through its <see cref="ConsensusContext"/>. One operation = all readings: the documented
/// run uses 100,000; WGEC_BENCH_SMOKE=1 uses 1,000.
/// </summary>
[MemoryDiagnoser]
public class ConsensusBenchmarks
{
    private static readonly string[] BuiltInRules = ["un-consensus", "multi-stakeholder", "rough-consensus", "group-aware", "qualified-majority"];

    private ConsensusContext[] _contexts = null!;
    private PositionKind[] _kinds = null!;
    private int _positionsPerReading;
    private Dictionary<string, IConsensusRule> _rules = null!;

    [ParamsSource(nameof(Counts))]
    public int Readings { get; set; }

    public static IEnumerable<int> Counts => BenchmarkSettings.Smoke ? [1_000] : [100_000];

    [GlobalSetup]
    public void Setup()
    {
        // The five leaf rules of the issue; the registry's composites (all-of, any-of) only combine them.
        var names = ConsensusRuleRegistry.Default.Names.ToHashSet(StringComparer.Ordinal);
        if (!BuiltInRules.All(names.Contains))
        {
            throw new InvalidOperationException($"the registry lacks a built-in rule: it has {string.Join(", ", names)}.");
        }

        _rules = BuiltInRules.ToDictionary(n => n, n => ConsensusRuleRegistry.Default.Create(new RuleDescriptor(n)), StringComparer.Ordinal);
        var roster = DataGenerator.Roster(DataGenerator.WorkingGroup());
        _positionsPerReading = roster.Entries.Length;
        var random = new Random(DataGenerator.Seed);
        _contexts = new ConsensusContext[Readings];
        _kinds = new PositionKind[Readings * _positionsPerReading];
        for (var i = 0; i < Readings; i++)
        {
            var reading = DataGenerator.Reading(random, new RecommendationId($"{DataGenerator.GroupKeys[i % 5]}-{(i / 5) + 1}"), 2 + (i % 3), i % 3 == 2, roster);
            _contexts[i] = new ConsensusContext(reading, roster);
            for (var p = 0; p < _positionsPerReading; p++)
            {
                _kinds[(i * _positionsPerReading) + p] = reading.Positions[p].Kind;
            }
        }
    }

    /// <summary>The limit: count objections per reading; a reading without one is agreed.</summary>
    [Benchmark(Baseline = true)]
    public int RawLoopCountingObjections()
    {
        var kinds = _kinds;
        var per = _positionsPerReading;
        var agreed = 0;
        for (var start = 0; start < kinds.Length; start += per)
        {
            var objections = 0;
            for (var p = start; p < start + per; p++)
            {
                if (kinds[p] == PositionKind.Objection)
                {
                    objections++;
                }
            }

            if (objections == 0)
            {
                agreed++;
            }
        }

        return agreed;
    }

    [Benchmark]
    public int UnConsensus() => EvaluateAll(_rules["un-consensus"]);

    [Benchmark]
    public int MultiStakeholder() => EvaluateAll(_rules["multi-stakeholder"]);

    [Benchmark]
    public int RoughConsensus() => EvaluateAll(_rules["rough-consensus"]);

    [Benchmark]
    public int GroupAware() => EvaluateAll(_rules["group-aware"]);

    [Benchmark]
    public int QualifiedMajority() => EvaluateAll(_rules["qualified-majority"]);

    private int EvaluateAll(IConsensusRule rule)
    {
        var agreed = 0;
        foreach (var context in _contexts)
        {
            if (rule.Evaluate(context).IsAgreed)
            {
                agreed++;
            }
        }

        return agreed;
    }
}
