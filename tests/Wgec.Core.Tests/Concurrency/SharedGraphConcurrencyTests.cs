using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using CsCheck;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Process;
using Wgec.Core.Reporting;
using Wgec.Core.Serialization;
using Wgec.Core.Tests.Catalogue;
using Wgec.Core.Tests.Consensus;
using Wgec.Core.Tests.Consultation;
using Wgec.Core.Tests.Process;
using Wgec.Core.Tests.Recommendations;

namespace Wgec.Core.Tests.Concurrency;

/// <summary>
/// One immutable object graph — the 2013 working group, a consultation record, the issue catalogue,
/// a set of readings with their roster and objection ledger, and the 2014 report outline — is built once
/// and shared by many threads. Each thread evaluates every consensus rule on every reading, serializes
/// every aggregate, computes every consultation pivot and renders the Markdown report; every thread's
/// result must be identical, character for character, to the result computed on one thread beforehand.
/// </summary>
public sealed class SharedGraphConcurrencyTests
{
    private const int Workers = 8;
    private const int RoundsPerWorker = 3;

    private sealed class SharedGraph
    {
        public required WorkingGroup WorkingGroup { get; init; }

        public required ConsultationRecord Consultation { get; init; }

        public required IssueCatalogue Catalogue { get; init; }

        public required Consolidation Consolidation { get; init; }

        public required IReadOnlyList<ConsensusContext> Contexts { get; init; }

        public required IReadOnlyList<IConsensusRule> Rules { get; init; }

        public required ReportOutline Outline { get; init; }
    }

    private static SharedGraph Build()
    {
        // 40 random but fixed scenarios (a fixed seed), so the readings cover every position kind and standing.
        var scenarios = new List<(Roster Roster, string Notation, bool Final)>();
        ConsensusFixtures.GenScenario.Array[40].Sample(s => scenarios.AddRange(s), iter: 1, seed: "0000000000AA", threads: 1);
        var contexts = scenarios.Select(s => ConsensusFixtures.Context(s.Notation, s.Final, s.Roster))
            .Prepend(ConsensusFixtures.Context("g1=S g2=R p1=N c1=O t1=X i1=W o1=O chair=S"))
            .ToList();
        return new SharedGraph
        {
            WorkingGroup = Wgec2013Process.Build(),
            Consultation = SampleConsultation.Record(),
            Catalogue = Wgec2013Catalogue.Catalogue(),
            Consolidation = WorkedExample.ExampleConsolidation,
            Contexts = contexts,
            Rules = ConsensusFixtures.AllRules(),
            Outline = Wgec2013Recommendations.Outline2014(),
        };
    }

    /// <summary>Everything a thread computes from the shared graph, as one text.</summary>
    private static string Work(SharedGraph g)
    {
        var text = new StringBuilder();
        void Json<T>(T value) => text.Append(JsonSerializer.Serialize(value, WgecJson.Options)).Append('\n');
        void JsonAll<T>(IEnumerable<T> values)
        {
            foreach (var value in values)
            {
                Json(value);
            }
        }

        foreach (var context in g.Contexts)
        {
            foreach (var rule in g.Rules)
            {
                var outcome = rule.Evaluate(context);
                Json(outcome);
                text.Append(rule).Append(' ').Append(outcome.Kind).Append(' ').Append(GroupAwareConsensusRule.ScoreOf(context)).Append('\n');
            }

            Json(context);
        }

        Json(g.WorkingGroup);
        Json(g.Consultation);
        Json(g.Catalogue);
        Json(g.Consolidation);
        Json(g.Consolidation.Report());
        JsonAll(g.Consultation.ByGroup());
        JsonAll(g.Consultation.ByQuestion());
        JsonAll(g.Consultation.ByRespondent());
        Json(g.Consultation.CountMatrix());
        Json(g.Consultation.Distribution());
        JsonAll(g.Consultation.Findings());
        Json(g.Outline);
        text.Append(MarkdownReportRenderer.Render(g.Outline));

        // Reading back what was written, on this thread, gives equal aggregates.
        JsonSerializer.Deserialize<WorkingGroup>(JsonSerializer.Serialize(g.WorkingGroup, WgecJson.Options), WgecJson.Options).Should().Be(g.WorkingGroup);
        JsonSerializer.Deserialize<ConsultationRecord>(JsonSerializer.Serialize(g.Consultation, WgecJson.Options), WgecJson.Options).Should().Be(g.Consultation);
        JsonSerializer.Deserialize<IssueCatalogue>(JsonSerializer.Serialize(g.Catalogue, WgecJson.Options), WgecJson.Options).Should().Be(g.Catalogue);
        return text.ToString();
    }

    [Fact]
    public void SharedImmutableGraph_GivesIdenticalResultsOnEveryThread()
    {
        var graph = Build();
        var expected = Work(graph);
        var results = new ConcurrentBag<(int Thread, string Result)>();
        using var start = new Barrier(Workers);

        // Eight dedicated threads rather than Parallel.For: on a 2-core machine the thread pool would
        // grow slowly and run the workers mostly one after another. The barrier releases all eight at
        // once, so evaluation, serialization, pivots and rendering really do interleave on the shared graph.
        var threads = Enumerable.Range(0, Workers).Select(_ => new Thread(() =>
        {
            start.SignalAndWait(TimeSpan.FromMinutes(1));
            for (var round = 0; round < RoundsPerWorker; round++)
            {
                results.Add((Environment.CurrentManagedThreadId, Work(graph)));
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join(TimeSpan.FromMinutes(2)).Should().BeTrue("every worker must finish"));

        results.Should().HaveCount(Workers * RoundsPerWorker);
        results.Select(r => r.Thread).Distinct().Should().HaveCount(Workers, "each worker runs on its own thread");
        foreach (var (thread, result) in results)
        {
            result.Should().Be(expected, "thread {0} must see exactly what one thread computed", thread);
        }

        expected.Should().Contain("\"kind\"").And.Contain("# ");
    }
}
