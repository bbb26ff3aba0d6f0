using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Internal;

namespace Wgec.Core.Catalogue;

/// <summary>
/// One entry of a consolidation log: which raw items it accounts for and the issues that result.
/// Merge: two or more items → one issue; split: one item → two or more issues; keep: one item →
/// one issue; discard: one or more items → no issue, with a reason.
/// </summary>
/// <remarks>
/// Every resulting issue lists exactly the operation's items as its source items, so traceability
/// follows from the log. Equality is by content (items and issues in order). There is no default
/// value (a class). Immutable and thread-safe.
/// </remarks>
public sealed class ConsolidationOperation : IEquatable<ConsolidationOperation>
{
    /// <summary>The longest note accepted.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>Creates an operation; prefer <see cref="Merge"/>, <see cref="Split"/>, <see cref="Keep"/> and <see cref="Discard"/>.</summary>
    /// <param name="kind">What the operation does.</param>
    /// <param name="items">The raw items it accounts for, without repeats.</param>
    /// <param name="issues">The resulting issues (none for a discard).</param>
    /// <param name="reason">The discard reason; required for a discard, absent otherwise.</param>
    /// <param name="note">An optional explanation.</param>
    /// <param name="duplicateOf">For a discard as a duplicate, the raw item the discarded items repeat; absent otherwise (and optional for a duplicate).</param>
    /// <exception cref="DomainValidationException">The shape does not fit the kind, an issue's source items differ from the items, or the item duplicated is given where no duplicate is discarded or is one of the discarded items.</exception>
    public ConsolidationOperation(ConsolidationOperationKind kind, IEnumerable<RawItemId> items, IEnumerable<CatalogueIssue> issues, DiscardReason? reason = null, string? note = null, RawItemId? duplicateOf = null)
    {
        Preconditions.Defined(kind);
        var itemList = Immutable.ToArrayChecked(items, nameof(items));
        var issueList = Immutable.ToArrayChecked(issues, nameof(issues));
        var seen = new HashSet<RawItemId>();
        for (var i = 0; i < itemList.Length; i++)
        {
            if (itemList[i].Value.Length == 0)
            {
                throw new DomainValidationException("required", $"item {DomainWords.Place(i)} of the operation names no raw item (the default id).", nameof(items), $"items[{i}]");
            }

            if (!seen.Add(itemList[i]))
            {
                throw new DomainValidationException("duplicate-item", $"item '{itemList[i]}' is listed twice in one {DomainWords.Of(kind)} operation.", nameof(items), $"items[{i}]");
            }
        }

        var (minItems, maxItems, minIssues, maxIssues) = kind switch
        {
            ConsolidationOperationKind.Merge => (2, int.MaxValue, 1, 1),
            ConsolidationOperationKind.Split => (1, 1, 2, int.MaxValue),
            ConsolidationOperationKind.Keep => (1, 1, 1, 1),
            _ => (1, int.MaxValue, 0, 0),
        };
        if (itemList.Length < minItems || itemList.Length > maxItems)
        {
            throw new DomainValidationException("operation-shape", $"a {kind} operation needs {Range(minItems, maxItems)} item(s), not {itemList.Length}.", nameof(items));
        }

        if (issueList.Length < minIssues || issueList.Length > maxIssues)
        {
            throw new DomainValidationException("operation-shape", $"a {kind} operation results in {Range(minIssues, maxIssues)} issue(s), not {issueList.Length}.", nameof(issues));
        }

        var numbers = new HashSet<int>();
        for (var i = 0; i < issueList.Length; i++)
        {
            var issue = issueList[i];
            if (!issue.SourceItems.OrderBy(x => x).SequenceEqual(itemList.OrderBy(x => x)))
            {
                throw new DomainValidationException("source-items-mismatch", $"issue {issue.Number} lists source items [{string.Join(", ", issue.SourceItems)}] but the {DomainWords.Of(kind)} operation accounts for [{string.Join(", ", itemList)}].", nameof(issues), $"issues[{i}].sourceItems");
            }

            if (!numbers.Add(issue.Number))
            {
                throw new DomainValidationException("duplicate-issue-number", $"issue number {issue.Number} is used twice in one {DomainWords.Of(kind)} operation.", nameof(issues), $"issues[{i}].number");
            }
        }

        if (kind == ConsolidationOperationKind.Discard)
        {
            if (reason is null)
            {
                throw new DomainValidationException("discard-reason-required", "a discard needs a reason (duplicate, out of scope, or not a public-policy issue).", nameof(reason));
            }

            Preconditions.Defined(reason.Value, nameof(reason));
        }
        else if (reason is not null)
        {
            throw new DomainValidationException("reason-only-for-discard", $"a {kind} operation has no discard reason.", nameof(reason));
        }

        if (note is not null && (string.IsNullOrWhiteSpace(note) || note.Length > MaxNoteLength))
        {
            throw new DomainValidationException("invalid-note", $"a note must be 1–{MaxNoteLength} non-blank characters.", nameof(note));
        }

        if (duplicateOf is { } original)
        {
            if (original.Value.Length == 0)
            {
                throw new DomainValidationException("required", "the item duplicated must be a valid id or absent, not the default.", nameof(duplicateOf));
            }

            if (reason != DiscardReason.Duplicate)
            {
                throw new DomainValidationException("duplicate-of-without-duplicate", $"only a discard as a duplicate names the item it duplicates; this operation is not one, so it cannot name item '{original}'.", nameof(duplicateOf));
            }

            if (seen.Contains(original))
            {
                throw new DomainValidationException("duplicate-of-itself", $"item '{original}' is discarded as a duplicate of itself; name the item it repeats, which this discard does not account for.", nameof(duplicateOf));
            }
        }

        Kind = kind;
        Items = itemList;
        Issues = issueList;
        Reason = reason;
        Note = note?.Trim();
        DuplicateOf = duplicateOf;
    }

    /// <summary>What the operation does.</summary>
    public ConsolidationOperationKind Kind { get; }

    /// <summary>The raw items it accounts for, in order.</summary>
    public ImmutableArray<RawItemId> Items { get; }

    /// <summary>The resulting issues, in order (empty for a discard).</summary>
    public ImmutableArray<CatalogueIssue> Issues { get; }

    /// <summary>The discard reason, or <see langword="null"/> for other kinds.</summary>
    public DiscardReason? Reason { get; }

    /// <summary>An optional explanation, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>For a discard as a duplicate, the raw item the discarded items repeat, or <see langword="null"/>.</summary>
    public RawItemId? DuplicateOf { get; }

    /// <summary>Merges two or more raw items into one issue, whose source items are set to <paramref name="items"/>.</summary>
    /// <param name="items">The items.</param>
    /// <param name="number">The issue number.</param>
    /// <param name="title">The issue title.</param>
    /// <param name="category">The category.</param>
    /// <param name="grouping">The grouping, or <see langword="null"/>.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The operation.</returns>
    public static ConsolidationOperation Merge(IEnumerable<RawItemId> items, int number, string title, string category, Identifiers.GroupKey? grouping, string? note = null)
    {
        var list = Immutable.ToArrayChecked(items, nameof(items));
        // The issue takes the distinct items, so that a repeated item is reported by the operation, naming its position.
        return new(ConsolidationOperationKind.Merge, list, [CatalogueIssue.Listed(number, title, category, grouping, list.Distinct())], null, note);
    }

    /// <summary>Splits one raw item into two or more issues; each issue's source items must be exactly that item.</summary>
    /// <param name="item">The item.</param>
    /// <param name="issues">The resulting issues.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The operation.</returns>
    public static ConsolidationOperation Split(RawItemId item, IEnumerable<CatalogueIssue> issues, string? note = null) =>
        new(ConsolidationOperationKind.Split, [item], issues, null, note);

    /// <summary>Keeps one raw item as one issue, whose source items are set to that item.</summary>
    /// <param name="item">The item.</param>
    /// <param name="number">The issue number.</param>
    /// <param name="title">The issue title.</param>
    /// <param name="category">The category.</param>
    /// <param name="grouping">The grouping, or <see langword="null"/>.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The operation.</returns>
    public static ConsolidationOperation Keep(RawItemId item, int number, string title, string category, Identifiers.GroupKey? grouping, string? note = null) =>
        new(ConsolidationOperationKind.Keep, [item], [CatalogueIssue.Listed(number, title, category, grouping, [item])], null, note);

    /// <summary>Discards one or more raw items for a reason.</summary>
    /// <param name="items">The items.</param>
    /// <param name="reason">Why.</param>
    /// <param name="note">An optional note, e.g. which item a duplicate repeats.</param>
    /// <returns>The operation.</returns>
    public static ConsolidationOperation Discard(IEnumerable<RawItemId> items, DiscardReason reason, string? note = null) =>
        new(ConsolidationOperationKind.Discard, items, ImmutableArray<CatalogueIssue>.Empty, reason, note);

    /// <summary>Discards one or more raw items as duplicates of <paramref name="original"/>, which the consolidation checks is one of its raw items.</summary>
    /// <param name="items">The items that repeat it.</param>
    /// <param name="original">The item they repeat.</param>
    /// <param name="note">An optional note.</param>
    /// <returns>The operation.</returns>
    public static ConsolidationOperation DiscardDuplicates(IEnumerable<RawItemId> items, RawItemId original, string? note = null) =>
        new(ConsolidationOperationKind.Discard, items, ImmutableArray<CatalogueIssue>.Empty, DiscardReason.Duplicate, note, original);

    /// <inheritdoc/>
    public bool Equals(ConsolidationOperation? other) =>
        other is not null
        && Kind == other.Kind
        && Reason == other.Reason
        && string.Equals(Note, other.Note, StringComparison.Ordinal)
        && Nullable.Equals(DuplicateOf, other.DuplicateOf)
        && Immutable.SequenceEqual(Items, other.Items)
        && Immutable.SequenceEqual(Issues, other.Issues);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConsolidationOperation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Reason, Immutable.SequenceHash(Items), Immutable.SequenceHash(Issues));

    /// <summary>The operation as text, e.g. "merge [i1, i2] → 4".</summary>
    /// <returns>The operation as text.</returns>
    public override string ToString() => Kind == ConsolidationOperationKind.Discard
        ? $"discard [{string.Join(", ", Items)}] ({(Reason is { } reason ? DomainWords.Of(reason) : "no reason given")}{(DuplicateOf is { } original ? $" of {original}" : string.Empty)})"
        : $"{DomainWords.Of(Kind)} [{string.Join(", ", Items)}] → {string.Join(", ", Issues.Select(i => i.Number))}";

    // Every shape in the constructor's kind table is exact or open-ended, so no "min–max" text is needed.
    private static string Range(int min, int max) =>
        max == int.MaxValue ? $"{min} or more" : min.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
