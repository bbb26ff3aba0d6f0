using System;
using System.Linq;
using CsCheck;
using Wgec.Core.Reporting;
using Wgec.Core.Catalogue;

namespace Wgec.Core.Tests.Properties;

/// <summary>
/// Model-based test of catalogue consolidation: random sequences of merge, split, keep, discard and
/// undo steps (legal or not) run against the real <see cref="Consolidation"/> and against
/// <see cref="ConsolidationModel"/>; after every step both agree. CsCheck shrinks a failing sequence
/// and prints its seed (replay: see <see cref="PropertyRun"/>).
/// </summary>
public sealed class ConsolidationModelTests
{
    /// <summary>The system under test, boxed so that CsCheck's operations can replace the immutable value.</summary>
    private sealed class Actual
    {
        public required Consolidation Value { get; set; }

        public string LastError { get; set; } = string.Empty;

        public override string ToString() => string.Join("; ", Value.Operations) + " | unaccounted: " + string.Join(",", Value.UnaccountedItems);
    }

    private static bool Agree(Actual actual, ConsolidationModel model)
    {
        var c = actual.Value;
        return actual.LastError == model.LastError
            && c.Operations.Length == model.Log.Count
            && c.UnaccountedItems.Select(i => i.Value).SequenceEqual(model.Unaccounted)
            && c.IsComplete == !model.Unaccounted.Any()
            && c.Issues.Select(i => i.Number).SequenceEqual(model.Numbers)
            && model.Items.All(item =>
            {
                var op = c.OperationFor(new RawItemId(item));
                var expected = model.Log.FindIndex(l => l.Items.Contains(item));
                return expected < 0
                    ? op is null && c.IssuesFrom(new RawItemId(item)).IsEmpty
                    : op is not null && op.Kind == model.Log[expected].Kind
                        && c.IssuesFrom(new RawItemId(item)).Select(i => i.Number).SequenceEqual(model.Log[expected].Numbers.OrderBy(n => n));
            })
            && c.Issues.All(issue => c.Trace(issue.Number).Issue.Equals(issue));
    }

    private static readonly Gen<(Actual, ConsolidationModel)> Initial =
        Gen.Int[1, 10].Select(count =>
        {
            var start = Consolidation.Start(Enumerable.Range(1, count).Select(ConsolidationModel.Item));
            return (new Actual { Value = start }, new ConsolidationModel(start.RawItems.Select(i => i.Id.Value)));
        });

    [Fact]
    public void RandomOperationSequences_AgreeWithTheModel()
    {
        var step = ConsolidationModel.Step.Operation<Actual, ConsolidationModel>(
            s => $"{s.Kind}({s.A},{s.B};{s.N1},{s.N2})",
            (actual, s) =>
            {
                var (items, numbers) = ConsolidationModel.Shape(s, actual.Value.RawItems.Select(i => i.Id.Value).ToList());
                try
                {
                    actual.Value = actual.Value.Plus(ConsolidationModel.Operation(s.Kind, items, numbers));
                    actual.LastError = string.Empty;
                }
                catch (DomainValidationException e)
                {
                    actual.LastError = e.Rule;
                }
            },
            (model, s) =>
            {
                var (items, numbers) = ConsolidationModel.Shape(s, model.Items);
                model.LastError = model.Apply(s.Kind, items, numbers);
            });

        var undo = Gen.Const(0).Operation<Actual, ConsolidationModel>(
            _ => "Undo",
            (actual, _) =>
            {
                try
                {
                    actual.Value = actual.Value.Undo();
                    actual.LastError = string.Empty;
                }
                catch (InvalidOperationException)
                {
                    actual.LastError = "empty-log";
                }
            },
            (model, _) =>
            {
                if (model.Log.Count == 0)
                {
                    model.LastError = "empty-log";
                    return;
                }

                model.Log.RemoveAt(model.Log.Count - 1);
                model.LastError = string.Empty;
            });

        Initial.SampleModelBased(step, step, step, undo, equal: Agree, iter: PropertyRun.Sequences);
    }

    [Fact]
    public void CompleteConsolidations_BuildACatalogueWithEveryIssue() =>
        ConsolidationModel.Consolidations.Sample(consolidation =>
        {
            var completed = consolidation;
            var next = consolidation.Issues.Select(i => i.Number).DefaultIfEmpty(0).Max() + 1;
            foreach (var id in consolidation.UnaccountedItems)
            {
                completed = completed.Plus(ConsolidationOperation.Keep(id, next++, "kept " + id, "Legal", null));
            }

            completed.IsComplete.Should().BeTrue();
            completed.Invoking(c => c.EnsureComplete()).Should().NotThrow();
            var report = completed.Report();
            report.Should().NotBeNull();
            completed.Issues.SelectMany(i => i.SourceItems).Distinct().Concat(completed.Operations.Where(o => o.Kind == ConsolidationOperationKind.Discard).SelectMany(o => o.Items))
                .OrderBy(i => i).Should().Equal(completed.RawItems.Select(i => i.Id).OrderBy(i => i), "every raw item ends in an issue or a discard, exactly once");
            if (!consolidation.IsComplete)
            {
                var error = consolidation.Invoking(c => c.EnsureComplete()).Should().Throw<DomainValidationException>().Which;
                error.Rule.Should().Be("item-unaccounted");
                error.Message.Should().Contain("'" + consolidation.UnaccountedItems[0] + "'");
            }
        }, iter: PropertyRun.Iterations);
}
