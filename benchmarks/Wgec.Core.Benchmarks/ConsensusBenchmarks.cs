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
/// objections, half of them with a disposition in the ledger). Baseline: a plain loop over the same
/// readings that counts objections (the limit). Each built-in rule of
/// <see cref="ConsensusRuleRegistry.Default"/> builds the <see cref="ConsensusContext"/> of every
/// reading from the reading, the roster and the ledger, and evaluates it: both are measured. One
/// operation = all readings: the documented run uses 100,000; WGEC_BENCH_SMOKE=1 uses 1,000.
/// </summary>
[MemoryDiagnoser]
public class ConsensusBenchmarks
{
    private static readonly string[] BuiltInRules = ["un-consensus", "multi-stakeholder", "rough-consensus", "group-aware", "qualified-majority"];
    private static readonly ParticipantId Chair = new("chair");

    private Reading[] _readings = null!;
    private Roster _roster = null!;
    private ObjectionLedger _ledger = null!;
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
        _roster = DataGenerator.Roster(DataGenerator.WorkingGroup());
        var random = new Random(DataGenerator.Seed);
        var records = new List<ObjectionRecord>();
        var at = NodaTime.Instant.FromUtc(2014, 2, 28, 12, 0);
        _readings = new Reading[Readings];
        for (var i = 0; i < Readings; i++)
        {
            var reading = DataGenerator.Reading(random, new RecommendationId($"{DataGenerator.GroupKeys[i % 5]}-{(i / 5) + 1}"), 2 + (i % 3), i % 3 == 2, _roster);
            _readings[i] = reading;
            foreach (var position in reading.Positions)
            {
                // Half the objections stay open; the others were withdrawn, accommodated, answered or sustained.
                var roll = random.Next(8);
                if (position.Kind == PositionKind.Objection && roll < 4)
                {
                    var disposition = roll switch
                    {
                        0 => new DispositionRecord(ObjectionDisposition.Withdrawn, position.Participant, at),
                        1 => new DispositionRecord(ObjectionDisposition.Accommodated, Chair, at, "the text was changed"),
                        2 => new DispositionRecord(ObjectionDisposition.AddressedNotAccommodated, Chair, at, "answered"),
                        _ => new DispositionRecord(ObjectionDisposition.Sustained, Chair, at),
                    };
                    records.Add(new ObjectionRecord(reading.Recommendation, reading.Meeting, position.Participant, [disposition]));
                }
            }
        }

        _ledger = new ObjectionLedger(records);
    }

    /// <summary>The limit: count the objections of each reading; a reading without one is agreed.</summary>
    [Benchmark(Baseline = true)]
    public int RawLoopCountingObjections()
    {
        var agreed = 0;
        foreach (var reading in _readings)
        {
            var objections = 0;
            foreach (var position in reading.Positions)
            {
                if (position.Kind == PositionKind.Objection)
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

    // The context is part of the work: built here from the reading, the roster and the ledger.
    private int EvaluateAll(IConsensusRule rule)
    {
        var agreed = 0;
        foreach (var reading in _readings)
        {
            if (rule.Evaluate(new ConsensusContext(reading, _roster, _ledger)).IsAgreed)
            {
                agreed++;
            }
        }

        return agreed;
    }
}
