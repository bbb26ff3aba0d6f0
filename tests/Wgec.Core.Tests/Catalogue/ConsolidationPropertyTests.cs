using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Wgec.Core.Reporting;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Tests.Catalogue;

public sealed class ConsolidationPropertyTests
{
    private static readonly CategoryTaxonomy Taxonomy = new("p", ["Security", "Legal"]);

    private static readonly Gen<(int Items, int[] Steps)> Scenario =
        Gen.Select(Gen.Int[1, 25], Gen.Int[0, int.MaxValue].Array[0, 60]);

    [Fact]
    public void AnySequenceOfValidOperations_KeepsEveryItemAccountedForOnce_AndUndoRestores()
    {
        Scenario.Sample(scenario =>
        {
            var items = Enumerable.Range(1, scenario.Items)
                .Select(n => new RawItem(
                    new RawItemId($"x{n}"),
                    $"item {n}",
                    new ItemProvenance(new RespondentId($"r{n % 7}"), 2 + (n % 16), (StakeholderGroup)(n % 5))))
                .ToList();
            var state = Consolidation.Start(items);
            var history = new Stack<Consolidation>();

            foreach (var step in scenario.Steps)
            {
                var operation = Interpret(step, state);
                if (step % 6 == 4 && history.Count > 0)
                {
                    var undone = state.Undo();
                    if (!undone.Equals(history.Pop()))
                    {
                        Assert.Fail("undo did not restore the state before the last operation");
                    }

                    state = undone;
                }
                else if (step % 6 == 5 && state.Operations.Length > 0)
                {
                    var reused = state.Operations[^1].Items[0];
                    var attempt = () => state.Plus(ConsolidationOperation.Discard([reused], DiscardReason.Duplicate));
                    var error = Assert.Throws<DomainValidationException>(() => attempt());
                    if (error.Rule != "item-accounted-twice" || !error.Message.Contains($"'{reused}'", StringComparison.Ordinal))
                    {
                        Assert.Fail($"reusing {reused} gave {error.Rule}: {error.Message}");
                    }
                }
                else if (operation is not null)
                {
                    var next = state.Plus(operation);
                    if (!next.Undo().Equals(state))
                    {
                        Assert.Fail("undoing an operation did not restore the state before it");
                    }

                    history.Push(state);
                    state = next;
                }

                AssertInvariant(state);
            }

            foreach (var id in state.UnaccountedItems)
            {
                state = state.Plus(ConsolidationOperation.Keep(id, NextNumber(state), $"kept {id}", "Legal", null));
            }

            state.IsComplete.Should().BeTrue();
            AssertInvariant(state);
            var catalogue = IssueCatalogue.FromConsolidation(Taxonomy, Renumbered(state));
            catalogue.Issues.Length.Should().Be(state.Issues.Length);
        }, iter: 1000);
    }

    private static ConsolidationOperation? Interpret(int step, Consolidation state)
    {
        var free = state.UnaccountedItems;
        if (free.IsEmpty)
        {
            return null;
        }

        var start = (step / 6) % free.Length;
        var extra = (step / 36) % 3;
        var number = NextNumber(state);
        var category = step % 2 == 0 ? "Security" : "Legal";
        switch (step % 6)
        {
            case 0 when free.Length >= 2:
                var group = Enumerable.Range(0, Math.Min(free.Length, 2 + extra)).Select(k => free[(start + k) % free.Length]).ToList();
                return ConsolidationOperation.Merge(group, number, "merged", category, null);
            case 1:
                var item = free[start];
                return ConsolidationOperation.Split(item, Enumerable.Range(0, 2 + extra).Select(k => CatalogueIssue.Listed(number + k, $"part {k}", category, null, [item])));
            case 3:
                var discarded = Enumerable.Range(0, Math.Min(free.Length, 1 + (extra % 2))).Select(k => free[(start + k) % free.Length]).ToList();
                return ConsolidationOperation.Discard(discarded, (DiscardReason)((step / 7) % 3));
            default:
                return step % 6 is 4 or 5 ? null : ConsolidationOperation.Keep(free[start], number, "kept", category, null);
        }
    }

    private static int NextNumber(Consolidation state) => state.Issues.IsEmpty ? 1 : state.Issues[^1].Number + 1;

    private static void AssertInvariant(Consolidation state)
    {
        // Plain checks (FluentAssertions per step would dominate the run time); one assertion at the end.
        var violations = new List<string>();
        var accounted = state.Operations.SelectMany(o => o.Items).ToList();
        if (accounted.Distinct().Count() != accounted.Count)
        {
            violations.Add("an item is accounted for twice");
        }

        if (!accounted.Concat(state.UnaccountedItems).OrderBy(x => x).SequenceEqual(state.RawItems.Select(i => i.Id).OrderBy(x => x)))
        {
            violations.Add("an item is lost or invented");
        }

        foreach (var item in state.RawItems)
        {
            var issues = state.IssuesFrom(item.Id).Select(i => i.Number).ToList();
            var op = state.OperationFor(item.Id);
            if ((op is null) != state.UnaccountedItems.Contains(item.Id))
            {
                violations.Add($"{item.Id}: operation and unaccounted list disagree");
            }

            if (!state.Issues.Where(i => i.SourceItems.Contains(item.Id)).Select(i => i.Number).SequenceEqual(issues))
            {
                violations.Add($"{item.Id}: item → issues and issue → items disagree");
            }

            if (op?.Kind == ConsolidationOperationKind.Discard && issues.Count > 0)
            {
                violations.Add($"{item.Id}: discarded but contributes to issues");
            }
        }

        var report = state.Report();
        if (report.ItemsIn != state.RawItems.Length
            || report.ItemsAccountedFor + report.ItemsUnaccounted != report.ItemsIn
            || report.ItemsByKind.Values.Sum() != report.ItemsAccountedFor
            || report.IssuesByKind.Values.Sum() != report.IssuesOut
            || report.DiscardedByReason.Values.Sum() != report.ItemsByKind[ConsolidationOperationKind.Discard])
        {
            violations.Add($"report counts do not add up: {report}");
        }

        if (violations.Count > 0)
        {
            Assert.Fail(string.Join("; ", violations));
        }
    }

    // Undo can leave holes in the numbering; a catalogue numbers its issues 1..N, so rebuild the log with dense numbers.
    private static Consolidation Renumbered(Consolidation state)
    {
        var map = state.Issues.Select((issue, index) => (issue.Number, New: index + 1)).ToDictionary(p => p.Number, p => p.New);
        var operations = state.Operations.Select(o => new ConsolidationOperation(
            o.Kind,
            o.Items,
            o.Issues.Select(i => new CatalogueIssue(map[i.Number], i.Title, i.Category, i.Grouping, i.ActivitiesAndApproaches, i.Status, i.SourceItems)),
            o.Reason,
            o.Note));
        return new Consolidation(state.RawItems, operations);
    }
}
