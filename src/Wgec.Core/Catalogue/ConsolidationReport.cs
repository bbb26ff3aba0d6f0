using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Internal;

namespace Wgec.Core.Catalogue;

/// <summary>
/// The counts of a consolidation: raw items in, issues out, and both broken down by kind of
/// operation, plus discarded items by reason (e.g. "483 items → 215 issues").
/// </summary>
/// <remarks>
/// Every dictionary holds every enum value (zero when unused), in enum order, so the report is
/// deterministic. The counts add up (checked on construction). Equality is by content. Immutable
/// and thread-safe. Usually made by <see cref="Consolidation.Report"/>.
/// </remarks>
public sealed class ConsolidationReport : IEquatable<ConsolidationReport>
{
    private static readonly ConsolidationOperationKind[] Kinds = [ConsolidationOperationKind.Merge, ConsolidationOperationKind.Split, ConsolidationOperationKind.Keep, ConsolidationOperationKind.Discard];
    private static readonly DiscardReason[] Reasons = [DiscardReason.Duplicate, DiscardReason.OutOfScope, DiscardReason.NotAPublicPolicyIssue];

    /// <summary>Creates a report; kinds and reasons left out count zero.</summary>
    /// <param name="itemsIn">The number of raw items.</param>
    /// <param name="itemsUnaccounted">The number of raw items no operation accounts for.</param>
    /// <param name="issuesOut">The number of issues created.</param>
    /// <param name="operationsByKind">How many operations of each kind.</param>
    /// <param name="itemsByKind">How many items each kind accounts for.</param>
    /// <param name="issuesByKind">How many issues each kind creates.</param>
    /// <param name="discardedByReason">How many items were discarded for each reason.</param>
    /// <exception cref="DomainValidationException">A count is negative or the counts do not add up; the message says which.</exception>
    public ConsolidationReport(
        int itemsIn,
        int itemsUnaccounted,
        int issuesOut,
        IReadOnlyDictionary<ConsolidationOperationKind, int> operationsByKind,
        IReadOnlyDictionary<ConsolidationOperationKind, int> itemsByKind,
        IReadOnlyDictionary<ConsolidationOperationKind, int> issuesByKind,
        IReadOnlyDictionary<DiscardReason, int> discardedByReason)
    {
        Preconditions.NotNegative(itemsIn);
        Preconditions.NotNegative(itemsUnaccounted);
        Preconditions.NotNegative(issuesOut);
        var operations = Complete(operationsByKind, Kinds, nameof(operationsByKind));
        var items = Complete(itemsByKind, Kinds, nameof(itemsByKind));
        var issues = Complete(issuesByKind, Kinds, nameof(issuesByKind));
        var reasons = Complete(discardedByReason, Reasons, nameof(discardedByReason));
        if (itemsUnaccounted > itemsIn || items.Values.Sum() != itemsIn - itemsUnaccounted)
        {
            throw new DomainValidationException("counts-do-not-add-up", $"the items accounted for by kind ({items.Values.Sum()}) must equal the items in ({itemsIn}) less the unaccounted ({itemsUnaccounted}).", nameof(itemsByKind));
        }

        if (issues.Values.Sum() != issuesOut || issues[ConsolidationOperationKind.Discard] != 0)
        {
            throw new DomainValidationException("counts-do-not-add-up", $"the issues by kind ({issues.Values.Sum()}, discards creating none) must equal the issues out ({issuesOut}).", nameof(issuesByKind));
        }

        if (reasons.Values.Sum() != items[ConsolidationOperationKind.Discard])
        {
            throw new DomainValidationException("counts-do-not-add-up", $"the items discarded by reason ({reasons.Values.Sum()}) must equal the items discarded ({items[ConsolidationOperationKind.Discard]}).", nameof(discardedByReason));
        }

        ItemsIn = itemsIn;
        ItemsUnaccounted = itemsUnaccounted;
        IssuesOut = issuesOut;
        OperationsByKind = operations;
        ItemsByKind = items;
        IssuesByKind = issues;
        DiscardedByReason = reasons;
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

    /// <summary>A one-line summary, e.g. "12 items → 5 issues; merge 6 → 2, split 1 → 2, keep 1 → 1, discard 4 (Duplicate 2, OutOfScope 1, NotAPublicPolicyIssue 1); 0 unaccounted".</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var kinds = string.Join(", ", OperationsByKind.Keys.Where(k => k != ConsolidationOperationKind.Discard).Select(k => $"{DomainWords.Of(k)} {ItemsByKind[k]} → {IssuesByKind[k]}"));
        var reasons = string.Join(", ", DiscardedByReason.Select(r => $"{r.Key} {r.Value}"));
        return $"{ItemsIn} items → {IssuesOut} issues; {kinds}, discard {ItemsByKind[ConsolidationOperationKind.Discard]} ({reasons}); {ItemsUnaccounted} unaccounted";
    }

    internal static ConsolidationReport Of(Consolidation consolidation)
    {
        var ops = consolidation.Operations;
        return new ConsolidationReport(
            consolidation.RawItems.Length,
            consolidation.UnaccountedItems.Length,
            consolidation.Issues.Length,
            Kinds.ToDictionary(k => k, k => ops.Count(o => o.Kind == k)),
            Kinds.ToDictionary(k => k, k => ops.Where(o => o.Kind == k).Sum(o => o.Items.Length)),
            Kinds.ToDictionary(k => k, k => ops.Where(o => o.Kind == k).Sum(o => o.Issues.Length)),
            Reasons.ToDictionary(r => r, r => ops.Where(o => o.Reason == r).Sum(o => o.Items.Length)));
    }

    private static ImmutableSortedDictionary<TKey, int> Complete<TKey>(IReadOnlyDictionary<TKey, int> counts, TKey[] keys, string paramName)
        where TKey : struct, Enum
    {
        Preconditions.NotNull(counts, paramName);
        var builder = ImmutableSortedDictionary.CreateBuilder<TKey, int>();
        foreach (var key in keys)
        {
            builder[key] = 0;
        }

        foreach (var pair in counts)
        {
            if (Array.IndexOf(keys, pair.Key) < 0 || pair.Value < 0)
            {
                throw new DomainValidationException("invalid-count", $"{paramName} has {pair.Value} for {pair.Key}; keys must be defined and counts not negative.", paramName);
            }

            builder[pair.Key] = pair.Value;
        }

        return builder.ToImmutable();
    }
}
