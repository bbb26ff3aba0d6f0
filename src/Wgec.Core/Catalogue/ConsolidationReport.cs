using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Wgec.Core.Catalogue;

/// <summary>
/// The counts of a consolidation: raw items in, issues out, and both broken down by kind of
/// operation, plus discarded items by reason (e.g. "483 items → 215 issues").
/// </summary>
/// <remarks>
/// Every dictionary holds every enum value (zero when unused), in enum order, so the report is
/// deterministic. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class ConsolidationReport : IEquatable<ConsolidationReport>
{
    private ConsolidationReport(
        int itemsIn,
        int itemsUnaccounted,
        int issuesOut,
        ImmutableSortedDictionary<ConsolidationOperationKind, int> operationsByKind,
        ImmutableSortedDictionary<ConsolidationOperationKind, int> itemsByKind,
        ImmutableSortedDictionary<ConsolidationOperationKind, int> issuesByKind,
        ImmutableSortedDictionary<DiscardReason, int> discardedByReason)
    {
        ItemsIn = itemsIn;
        ItemsUnaccounted = itemsUnaccounted;
        IssuesOut = issuesOut;
        OperationsByKind = operationsByKind;
        ItemsByKind = itemsByKind;
        IssuesByKind = issuesByKind;
        DiscardedByReason = discardedByReason;
    }

    /// <summary>The number of raw items.</summary>
    public int ItemsIn { get; }

    /// <summary>The number of raw items accounted for by an operation.</summary>
    public int ItemsAccountedFor => ItemsIn - ItemsUnaccounted;

    /// <summary>The number of raw items not yet accounted for (zero when complete).</summary>
    public int ItemsUnaccounted { get; }

    /// <summary>The number of issues created.</summary>
    public int IssuesOut { get; }

    /// <summary>How many operations of each kind the log holds.</summary>
    public ImmutableSortedDictionary<ConsolidationOperationKind, int> OperationsByKind { get; }

    /// <summary>How many raw items each kind of operation accounts for.</summary>
    public ImmutableSortedDictionary<ConsolidationOperationKind, int> ItemsByKind { get; }

    /// <summary>How many issues each kind of operation creates (zero for discards).</summary>
    public ImmutableSortedDictionary<ConsolidationOperationKind, int> IssuesByKind { get; }

    /// <summary>How many raw items were discarded for each reason.</summary>
    public ImmutableSortedDictionary<DiscardReason, int> DiscardedByReason { get; }

    /// <inheritdoc/>
    public bool Equals(ConsolidationReport? other) =>
        other is not null
        && ItemsIn == other.ItemsIn
        && ItemsUnaccounted == other.ItemsUnaccounted
        && IssuesOut == other.IssuesOut
        && OperationsByKind.SequenceEqual(other.OperationsByKind)
        && ItemsByKind.SequenceEqual(other.ItemsByKind)
        && IssuesByKind.SequenceEqual(other.IssuesByKind)
        && DiscardedByReason.SequenceEqual(other.DiscardedByReason);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConsolidationReport);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ItemsIn, ItemsUnaccounted, IssuesOut);

    /// <summary>A one-line summary, e.g. "12 items → 5 issues; merge 5 → 1, split 1 → 2, keep 2 → 2, discard 4 (duplicate 2, outOfScope 1, notAPublicPolicyIssue 1); 0 unaccounted".</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var kinds = string.Join(", ", OperationsByKind.Keys.Where(k => k != ConsolidationOperationKind.Discard).Select(k => $"{k.ToString().ToLowerInvariant()} {ItemsByKind[k]} → {IssuesByKind[k]}"));
        var reasons = string.Join(", ", DiscardedByReason.Select(r => $"{r.Key} {r.Value}"));
        return $"{ItemsIn} items → {IssuesOut} issues; {kinds}, discard {ItemsByKind[ConsolidationOperationKind.Discard]} ({reasons}); {ItemsUnaccounted} unaccounted";
    }

    internal static ConsolidationReport Of(Consolidation consolidation)
    {
        ConsolidationOperationKind[] kinds = [ConsolidationOperationKind.Merge, ConsolidationOperationKind.Split, ConsolidationOperationKind.Keep, ConsolidationOperationKind.Discard];
        DiscardReason[] reasons = [DiscardReason.Duplicate, DiscardReason.OutOfScope, DiscardReason.NotAPublicPolicyIssue];
        var ops = consolidation.Operations;
        return new ConsolidationReport(
            consolidation.RawItems.Length,
            consolidation.UnaccountedItems.Length,
            consolidation.Issues.Length,
            kinds.ToImmutableSortedDictionary(k => k, k => ops.Count(o => o.Kind == k)),
            kinds.ToImmutableSortedDictionary(k => k, k => ops.Where(o => o.Kind == k).Sum(o => o.Items.Length)),
            kinds.ToImmutableSortedDictionary(k => k, k => ops.Where(o => o.Kind == k).Sum(o => o.Issues.Length)),
            reasons.ToImmutableSortedDictionary(r => r, r => ops.Where(o => o.Reason == r).Sum(o => o.Items.Length)));
    }
}
