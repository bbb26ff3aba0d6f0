using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Tests.Properties;

/// <summary>
/// A deliberately simple model of a consolidation: the raw item ids in order and a log of
/// (kind, items, issue numbers). It knows nothing of <see cref="Consolidation"/>'s code; it says which
/// items are unaccounted, which issues exist, and which rule a bad step must break.
/// </summary>
internal sealed class ConsolidationModel
{
    public ConsolidationModel(IEnumerable<string> items) => Items = items.ToList();

    public List<string> Items { get; }

    public List<(ConsolidationOperationKind Kind, string[] Items, int[] Numbers)> Log { get; } = [];

    /// <summary>The rule the last step broke ("" when it succeeded).</summary>
    public string LastError { get; set; } = string.Empty;

    public IEnumerable<string> Unaccounted => Items.Where(i => !Log.Any(op => op.Items.Contains(i)));

    public IEnumerable<int> Numbers => Log.SelectMany(op => op.Numbers).OrderBy(n => n);

    /// <summary>Applies a step to the model: the rule it breaks, or "" after recording it.</summary>
    public string Apply(ConsolidationOperationKind kind, string[] items, int[] numbers)
    {
        if (items.Distinct().Count() != items.Length)
        {
            return "duplicate-item";
        }

        if (numbers.Distinct().Count() != numbers.Length)
        {
            return "duplicate-issue-number";
        }

        if (items.Any(i => Log.Any(op => op.Items.Contains(i))))
        {
            return "item-accounted-twice";
        }

        if (numbers.Any(n => Log.Any(op => op.Numbers.Contains(n))))
        {
            return "duplicate-issue-number";
        }

        Log.Add((kind, items, numbers));
        return string.Empty;
    }

    public static RawItem Item(int n) => new(
        new RawItemId("x" + n.ToString(CultureInfo.InvariantCulture)),
        "item " + n.ToString(CultureInfo.InvariantCulture),
        new ItemProvenance(new RespondentId("r" + (n % 7).ToString(CultureInfo.InvariantCulture)), 2 + (n % 16), (StakeholderGroup)(n % 5)));

    /// <summary>Builds the real operation of a step (the constructor may itself reject it).</summary>
    public static ConsolidationOperation Operation(ConsolidationOperationKind kind, string[] items, int[] numbers)
    {
        var ids = items.Select(i => new RawItemId(i)).ToList();
        return kind switch
        {
            ConsolidationOperationKind.Merge => ConsolidationOperation.Merge(ids, numbers[0], "merged issue " + numbers[0].ToString(CultureInfo.InvariantCulture), "Security", null),
            ConsolidationOperationKind.Keep => ConsolidationOperation.Keep(ids[0], numbers[0], "kept issue", "Legal", new GroupKey("g1")),
            ConsolidationOperationKind.Split => ConsolidationOperation.Split(ids[0], numbers.Select(n => CatalogueIssue.Listed(n, "part " + n.ToString(CultureInfo.InvariantCulture), "Legal", null, ids)).ToList(), "split in two"),
            _ => ConsolidationOperation.Discard(ids, DiscardReason.OutOfScope, "not in the mandate"),
        };
    }

    /// <summary>A step: a kind, two item picks and two issue numbers from a small range (so collisions happen).</summary>
    public static readonly Gen<(ConsolidationOperationKind Kind, int A, int B, int N1, int N2)> Step =
        Gen.Select(Gen.Enum<ConsolidationOperationKind>(), Gen.Int[0, 11], Gen.Int[0, 11], Gen.Int[1, 12], Gen.Int[1, 12]);

    /// <summary>The items and numbers a step names, given the raw items.</summary>
    public static (string[] Items, int[] Numbers) Shape((ConsolidationOperationKind Kind, int A, int B, int N1, int N2) step, IReadOnlyList<string> items)
    {
        var a = items[step.A % items.Count];
        var b = items[step.B % items.Count];
        return step.Kind switch
        {
            ConsolidationOperationKind.Merge => ([a, b], [step.N1]),
            ConsolidationOperationKind.Split => ([a], [step.N1, step.N2]),
            ConsolidationOperationKind.Keep => ([a], [step.N1]),
            _ => (step.B % 2 == 0 ? [a] : [a, b], []),
        };
    }

    /// <summary>Valid consolidations: 1–10 raw items and the steps of a random sequence that are legal.</summary>
    public static readonly Gen<Consolidation> Consolidations =
        Gen.Select(Gen.Int[1, 10], Step.Array[0, 12], (count, steps) =>
        {
            var state = Consolidation.Start(Enumerable.Range(1, count).Select(Item));
            var model = new ConsolidationModel(state.RawItems.Select(i => i.Id.Value));
            foreach (var step in steps)
            {
                var (items, numbers) = Shape(step, model.Items);
                if (model.Apply(step.Kind, items, numbers).Length == 0)
                {
                    state = state.Plus(Operation(step.Kind, items, numbers));
                }
            }

            return state;
        });
}
