using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Internal;

namespace Wgec.Core.Catalogue;

/// <summary>
/// The result of revising one operation of a consolidation log (<see cref="Consolidation.WithOperationReplaced"/>,
/// <see cref="Consolidation.WithoutOperation"/>): the revised consolidation, the issues whose numbers moved, and
/// the raw items the revision left unaccounted for, which a secretariat then merges, splits, keeps or discards.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class ConsolidationRevision : IEquatable<ConsolidationRevision>
{
    internal ConsolidationRevision(int operationNumber, Consolidation consolidation, ImmutableArray<RawItemId> leftUnaccounted, ImmutableSortedDictionary<int, int> renumbered)
    {
        OperationNumber = operationNumber;
        Consolidation = consolidation;
        LeftUnaccounted = leftUnaccounted;
        Renumbered = renumbered;
    }

    /// <summary>The number of the operation revised, counted from one.</summary>
    public int OperationNumber { get; }

    /// <summary>The consolidation after the revision.</summary>
    public Consolidation Consolidation { get; }

    /// <summary>The raw items accounted for before the revision and not after it, in raw-item order; empty when none.</summary>
    public ImmutableArray<RawItemId> LeftUnaccounted { get; }

    /// <summary>The issues of the other operations whose number changed (those numbered above the revised operation's): from the number before the revision to the number after it.</summary>
    public ImmutableSortedDictionary<int, int> Renumbered { get; }

    /// <summary>Whether every raw item is accounted for after the revision.</summary>
    public bool IsComplete => Consolidation.IsComplete;

    /// <inheritdoc/>
    public bool Equals(ConsolidationRevision? other) =>
        other is not null
        && OperationNumber == other.OperationNumber
        && Consolidation.Equals(other.Consolidation)
        && Immutable.SequenceEqual(LeftUnaccounted, other.LeftUnaccounted)
        && Renumbered.SequenceEqual(other.Renumbered);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConsolidationRevision);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(OperationNumber, Consolidation, Immutable.SequenceHash(LeftUnaccounted));

    /// <summary>What the revision did, e.g. "operation 1 revised; 2 issues renumbered; left unaccounted: i02, i03".</summary>
    /// <returns>The revision as text.</returns>
    public override string ToString() =>
        $"operation {OperationNumber} revised; {Renumbered.Count} issue(s) renumbered; " +
        (LeftUnaccounted.IsEmpty ? "no raw item left unaccounted" : "left unaccounted: " + string.Join(", ", LeftUnaccounted));

    /// <summary>Revises operation <paramref name="number"/> (from one) of <paramref name="before"/>: replaced by <paramref name="replacement"/>, or removed when it is null.</summary>
    internal static ConsolidationRevision Of(Consolidation before, int number, ConsolidationOperation? replacement)
    {
        var log = before.Operations;
        if (number < 1 || number > log.Length)
        {
            throw new DomainValidationException("unknown-operation", log.IsEmpty ? $"there is no operation {number} to revise: the log is empty." : $"there is no operation {number} to revise: the log holds operations 1 to {log.Length}.", nameof(number));
        }

        var index = number - 1;
        var old = log[index];
        var numbers = old.Issues.Select(i => i.Number).ToList();
        var earlier = log.Take(index).SelectMany(o => o.Issues).Select(i => i.Number).DefaultIfEmpty(0).Max();

        // The replacement's issues take the numbers from where the old operation's began; every other issue above them moves by the difference.
        var first = numbers.Count > 0 ? numbers.Min() : earlier + 1;
        var above = numbers.Count > 0 ? numbers.Max() : earlier;
        var shift = (replacement?.Issues.Length ?? 0) - numbers.Count;
        var renumbered = ImmutableSortedDictionary.CreateBuilder<int, int>();
        var revised = new List<ConsolidationOperation>(log.Length);
        for (var j = 0; j < log.Length; j++)
        {
            if (j == index)
            {
                if (replacement is not null)
                {
                    revised.Add(Renumber(replacement, i => first + i));
                }

                continue;
            }

            // Numbers need not follow the log's order: every other operation's issue above the revised ones moves.
            var op = log[j];
            if (shift != 0 && op.Issues.Any(i => i.Number > above))
            {
                foreach (var issue in op.Issues.Where(i => i.Number > above))
                {
                    renumbered[issue.Number] = issue.Number + shift;
                }

                var issues = op.Issues;
                op = Renumber(op, i => issues[i].Number > above ? issues[i].Number + shift : issues[i].Number);
            }

            revised.Add(op);
        }

        EnsureApplies(before, revised, index, replacement);
        var after = new Consolidation(before.RawItems, revised);
        var wasUnaccounted = new HashSet<RawItemId>(before.UnaccountedItems);
        return new ConsolidationRevision(number, after, after.UnaccountedItems.Where(id => !wasUnaccounted.Contains(id)).ToImmutableArray(), renumbered.ToImmutable());
    }

    private static ConsolidationOperation Renumber(ConsolidationOperation op, Func<int, int> numberAt) =>
        new(op.Kind, op.Items, op.Issues.Select((issue, i) => new CatalogueIssue(numberAt(i), issue.Title, issue.Category, issue.Grouping, issue.ActivitiesAndApproaches, issue.Status, issue.SourceItems)), op.Reason, op.Note, op.DuplicateOf);

    // After the change, every operation must still apply: the replacement names raw items of the consolidation that no
    // earlier operation accounts for, and no later operation accounts for an item the replacement now does. Operations
    // are named by their number in the log before the change, counted from one.
    private static void EnsureApplies(Consolidation before, List<ConsolidationOperation> revised, int index, ConsolidationOperation? replacement)
    {
        int Number(int j) => replacement is null && j >= index ? j + 2 : j + 1;
        var raw = new HashSet<RawItemId>(before.RawItems.Select(r => r.Id));
        if (replacement is not null)
        {
            foreach (var id in replacement.Items.Concat(replacement.DuplicateOf is { } d ? [d] : Array.Empty<RawItemId>()).Where(id => !raw.Contains(id)))
            {
                throw new DomainValidationException("unknown-item", $"the operation that replaces operation {index + 1} names item '{id}', which is not a raw item of this consolidation.", nameof(replacement));
            }
        }

        var owner = new Dictionary<RawItemId, int>();
        for (var j = 0; j < revised.Count; j++)
        {
            foreach (var id in revised[j].Items)
            {
                if (!owner.TryGetValue(id, out var other))
                {
                    owner.Add(id, j);
                }
                else if (replacement is not null && j == index)
                {
                    throw new DomainValidationException("item-accounted-twice", $"the operation that replaces operation {index + 1} accounts for item '{id}', which operation {Number(other)} already accounts for.", nameof(replacement));
                }
                else
                {
                    throw new DomainValidationException(
                        "operation-no-longer-applies",
                        $"operation {Number(j)} ({DomainWords.Of(revised[j].Kind)} of {string.Join(", ", revised[j].Items)}) no longer applies once operation {index + 1} is replaced: item '{id}' is accounted for by operation {index + 1} as revised.",
                        nameof(replacement));
                }
            }
        }
    }
}
