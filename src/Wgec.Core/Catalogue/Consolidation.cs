using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Internal;

namespace Wgec.Core.Catalogue;

/// <summary>
/// The raw items of a consultation and the ordered log of operations that consolidates them into
/// catalogue issues. Invariant, checked on construction: each raw item is accounted for by at most
/// one operation (none is both discarded and kept), every item an operation names exists (the item a
/// duplicate repeats too), and issue numbers are unique. <see cref="IsComplete"/> says whether every item is accounted for.
/// </summary>
/// <remarks>
/// <see cref="Plus"/> appends an operation and <see cref="Undo"/> removes the last one, restoring the
/// state before it exactly; <see cref="WithOperationReplaced"/> and <see cref="WithoutOperation"/> revise any
/// operation of the log and say which issues moved and which raw items are left unaccounted for. Equality is by content (items and operations in order). There is no
/// default value (a class). Immutable and thread-safe.
/// </remarks>
public sealed class Consolidation : IEquatable<Consolidation>
{
    private readonly Dictionary<RawItemId, RawItem> _items;
    private readonly Dictionary<RawItemId, int> _operationOfItem;

    /// <summary>Creates a consolidation.</summary>
    /// <param name="rawItems">The raw items, with unique ids, in their defined order.</param>
    /// <param name="operations">The log of operations, in the order applied.</param>
    /// <exception cref="DomainValidationException">An item id repeats, an operation names an unknown item, an item is accounted for twice, or an issue number repeats; the message names the item or number.</exception>
    public Consolidation(IEnumerable<RawItem> rawItems, IEnumerable<ConsolidationOperation> operations)
    {
        var items = Immutable.ToArrayChecked(rawItems, nameof(rawItems));
        var log = Immutable.ToArrayChecked(operations, nameof(operations));
        _items = new Dictionary<RawItemId, RawItem>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            if (_items.ContainsKey(items[i].Id))
            {
                throw new DomainValidationException("duplicate-item", $"raw item '{items[i].Id}' is listed twice.", nameof(rawItems), $"rawItems[{i}].id");
            }

            _items.Add(items[i].Id, items[i]);
        }

        _operationOfItem = new Dictionary<RawItemId, int>();
        var issueNumbers = new Dictionary<int, int>();
        for (var j = 0; j < log.Length; j++)
        {
            var op = log[j];
            for (var k = 0; k < op.Items.Length; k++)
            {
                var id = op.Items[k];
                if (!_items.ContainsKey(id))
                {
                    throw new DomainValidationException("unknown-item", $"operation {DomainWords.Place(j)} ({DomainWords.Of(op.Kind)}) names item '{id}', which is not a raw item of this consolidation.", nameof(operations), $"operations[{j}].items[{k}]");
                }

                if (_operationOfItem.TryGetValue(id, out var earlier))
                {
                    throw new DomainValidationException("item-accounted-twice", $"item '{id}' is accounted for twice: {Verb(log[earlier].Kind)} by operation {DomainWords.Place(earlier)} and {Verb(op.Kind)} by operation {DomainWords.Place(j)}; each raw item is accounted for exactly once.", nameof(operations), $"operations[{j}].items[{k}]");
                }

                _operationOfItem.Add(id, j);
            }

            if (op.DuplicateOf is { } original && !_items.ContainsKey(original))
            {
                throw new DomainValidationException("unknown-item", $"operation {j + 1} discards [{string.Join(", ", op.Items)}] as duplicates of item '{original}', which is not a raw item of this consolidation.", nameof(operations), $"operations[{j}].duplicateOf");
            }

            for (var k = 0; k < op.Issues.Length; k++)
            {
                var number = op.Issues[k].Number;
                if (issueNumbers.TryGetValue(number, out var earlier))
                {
                    throw new DomainValidationException("duplicate-issue-number", $"issue number {number} is created by operation {DomainWords.Place(earlier)} and again by operation {DomainWords.Place(j)}.", nameof(operations), $"operations[{j}].issues[{k}].number");
                }

                issueNumbers.Add(number, j);
            }
        }

        RawItems = items;
        Operations = log;
        Issues = log.SelectMany(o => o.Issues).OrderBy(i => i.Number).ToImmutableArray();
        UnaccountedItems = items.Select(i => i.Id).Where(id => !_operationOfItem.ContainsKey(id)).ToImmutableArray();
    }

    /// <summary>The raw items, in their defined order.</summary>
    public ImmutableArray<RawItem> RawItems { get; }

    /// <summary>The operations, in the order applied.</summary>
    public ImmutableArray<ConsolidationOperation> Operations { get; }

    /// <summary>The issues the operations create, by number.</summary>
    public ImmutableArray<CatalogueIssue> Issues { get; }

    /// <summary>The raw items no operation accounts for yet, in raw-item order.</summary>
    public ImmutableArray<RawItemId> UnaccountedItems { get; }

    /// <summary>Whether every raw item is accounted for.</summary>
    public bool IsComplete => UnaccountedItems.IsEmpty;

    /// <summary>Starts a consolidation with no operation applied.</summary>
    /// <param name="rawItems">The raw items.</param>
    /// <returns>The consolidation.</returns>
    public static Consolidation Start(IEnumerable<RawItem> rawItems) => new(rawItems, ImmutableArray<ConsolidationOperation>.Empty);

    /// <summary>Returns a copy with <paramref name="operation"/> appended to the log.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>A new consolidation.</returns>
    /// <exception cref="DomainValidationException">The operation would break the invariant; the message names the item or number.</exception>
    public Consolidation Plus(ConsolidationOperation operation)
    {
        Preconditions.NotNull(operation);
        return new(RawItems, Operations.Add(operation));
    }

    /// <summary>Returns the consolidation as it was before the last operation.</summary>
    /// <returns>A new consolidation, equal to the one the last operation was applied to.</returns>
    /// <exception cref="InvalidOperationException">The log is empty.</exception>
    public Consolidation Undo()
    {
        if (Operations.IsEmpty)
        {
            throw new InvalidOperationException("there is no operation to undo: the log is empty.");
        }

        return new(RawItems, Operations.RemoveAt(Operations.Length - 1));
    }

    /// <summary>
    /// Replaces operation <paramref name="number"/> (counted from one) of the log, keeping the others in order. The
    /// replacement's issues take the numbers from where the replaced operation's began (the numbers it was given are
    /// not kept), and every other issue numbered above the replaced ones moves by the difference in their count.
    /// </summary>
    /// <param name="number">The operation's number in the log, from one.</param>
    /// <param name="replacement">The operation to apply instead.</param>
    /// <returns>The revision: the new consolidation, the issues renumbered and the raw items left unaccounted for.</returns>
    /// <exception cref="DomainValidationException">The log has no such operation, the replacement names an unknown item or one an earlier operation accounts for, or a later operation no longer applies; the message names the operations by number and the items by id.</exception>
    public ConsolidationRevision WithOperationReplaced(int number, ConsolidationOperation replacement) =>
        ConsolidationRevision.Of(this, number, Preconditions.NotNull(replacement));

    /// <summary>
    /// Removes operation <paramref name="number"/> (counted from one) of the log, keeping the others in order; every
    /// other issue numbered above the removed operation's issues moves down by their count. The items it accounted
    /// for are left unaccounted for, and the revision lists them.
    /// </summary>
    /// <param name="number">The operation's number in the log, from one.</param>
    /// <returns>The revision: the new consolidation, the issues renumbered and the raw items left unaccounted for.</returns>
    /// <exception cref="DomainValidationException">The log has no such operation.</exception>
    public ConsolidationRevision WithoutOperation(int number) => ConsolidationRevision.Of(this, number, null);

    /// <summary>Throws unless every raw item is accounted for.</summary>
    /// <exception cref="DomainValidationException">Some item is unaccounted for; the message names it and counts the others.</exception>
    public void EnsureComplete()
    {
        if (!IsComplete)
        {
            var index = RawItems.IndexOf(_items[UnaccountedItems[0]]);
            var others = UnaccountedItems.Length - 1;
            throw new DomainValidationException(
                "item-unaccounted",
                $"raw item '{UnaccountedItems[0]}' is not accounted for by any operation{(others > 0 ? $" (nor are {others} other item(s): {string.Join(", ", UnaccountedItems.Skip(1).Take(10))}{(others > 10 ? ", …" : string.Empty)})" : string.Empty)}; merge, split, keep or discard it.",
                "operations",
                $"rawItems[{index}]");
        }
    }

    /// <summary>The raw item with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The item.</returns>
    /// <exception cref="KeyNotFoundException">No raw item has that id.</exception>
    public RawItem Item(RawItemId id) =>
        _items.TryGetValue(id, out var item) ? item : throw new KeyNotFoundException($"no raw item has id '{id}'.");

    /// <summary>The operation that accounts for an item, or <see langword="null"/> if none does yet.</summary>
    /// <param name="id">The raw item id.</param>
    /// <returns>The operation, or <see langword="null"/>.</returns>
    /// <exception cref="KeyNotFoundException">No raw item has that id.</exception>
    public ConsolidationOperation? OperationFor(RawItemId id)
    {
        _ = Item(id);
        return _operationOfItem.TryGetValue(id, out var j) ? Operations[j] : null;
    }

    /// <summary>Traceability item → issues: the issues a raw item contributed to (none if discarded or unaccounted), by number.</summary>
    /// <param name="id">The raw item id.</param>
    /// <returns>The issues.</returns>
    /// <exception cref="KeyNotFoundException">No raw item has that id.</exception>
    public ImmutableArray<CatalogueIssue> IssuesFrom(RawItemId id) =>
        OperationFor(id) is { } op ? op.Issues.OrderBy(i => i.Number).ToImmutableArray() : ImmutableArray<CatalogueIssue>.Empty;

    /// <summary>Traceability issue → items → respondents → stakeholder categories.</summary>
    /// <param name="issueNumber">The issue number.</param>
    /// <returns>The trace.</returns>
    /// <exception cref="KeyNotFoundException">No issue has that number.</exception>
    public IssueTrace Trace(int issueNumber)
    {
        var issue = Issues.FirstOrDefault(i => i.Number == issueNumber)
            ?? throw new KeyNotFoundException($"no issue has number {issueNumber}.");
        return IssueTrace.Of(issue, issue.SourceItems.Select(Item));
    }

    /// <summary>The counts in and out, by operation and by discard reason.</summary>
    /// <returns>The report.</returns>
    public ConsolidationReport Report() => ConsolidationReport.Of(this);

    /// <inheritdoc/>
    public bool Equals(Consolidation? other) =>
        other is not null && Immutable.SequenceEqual(RawItems, other.RawItems) && Immutable.SequenceEqual(Operations, other.Operations);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Consolidation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Immutable.SequenceHash(RawItems), Immutable.SequenceHash(Operations));

    private static string Verb(ConsolidationOperationKind kind) => kind switch
    {
        ConsolidationOperationKind.Merge => "merged",
        ConsolidationOperationKind.Split => "split",
        ConsolidationOperationKind.Keep => "kept",
        _ => "discarded",
    };
}
