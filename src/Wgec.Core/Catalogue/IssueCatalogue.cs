using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Catalogue;

/// <summary>
/// The issue catalogue: issues under a category taxonomy, with the consolidation that produced them
/// (when the records are held) and the counts a source declares (when only counts are known, e.g.
/// "483 items → 215 issues" with three named rows).
/// </summary>
/// <remarks>
/// Invariants, checked on construction: issue numbers are positive, unique and ascending; every
/// category is in the taxonomy; with declared counts, no number exceeds the declared issue count;
/// with a consolidation, it is complete (every raw item accounted for), the issues are numbered
/// 1..N and each matches the consolidation's issue of that number in its source items (title,
/// category, activities and status may have been edited since). Without a consolidation, issues
/// list no source items. When the catalogue declares its groupings, they do not repeat and every
/// issue's grouping is one of them. Issues are kept in number order. Equality is by content. There is no
/// default value (a class). Immutable and thread-safe.
/// </remarks>
public sealed class IssueCatalogue : IEquatable<IssueCatalogue>
{
    /// <summary>Creates a catalogue.</summary>
    /// <param name="taxonomy">The category taxonomy.</param>
    /// <param name="issues">The issues, in ascending number order.</param>
    /// <param name="consolidation">The consolidation the issues come from, or <see langword="null"/> when its records are not held.</param>
    /// <param name="declared">The counts a source declares, or <see langword="null"/>.</param>
    /// <param name="groupings">The groupings the issues may use (A–E in 2013–2014), in order; when omitted or empty, any grouping is accepted.</param>
    /// <exception cref="DomainValidationException">An invariant is broken; the message names the issue or item.</exception>
    public IssueCatalogue(CategoryTaxonomy taxonomy, IEnumerable<CatalogueIssue> issues, Consolidation? consolidation = null, DeclaredCounts? declared = null, IEnumerable<GroupKey>? groupings = null)
    {
        Preconditions.NotNull(taxonomy);
        var list = Immutable.ToArrayChecked(issues, nameof(issues));
        var keys = Immutable.ToArrayOrEmpty(groupings, nameof(groupings));
        CheckGroupings(keys, list);
        for (var i = 0; i < list.Length; i++)
        {
            var issue = list[i];
            if (i > 0 && issue.Number <= list[i - 1].Number)
            {
                throw new DomainValidationException("issue-numbers-order", $"issue numbers must be unique and ascending, but {issue.Number} follows {list[i - 1].Number}.", nameof(issues), $"issues[{i}].number");
            }

            if (!taxonomy.Contains(issue.Category))
            {
                throw new DomainValidationException("unknown-category", $"issue {issue.Number} has category '{issue.Category}', which is not in the taxonomy '{taxonomy.Name}'.", nameof(issues), $"issues[{i}].category");
            }

            if (declared is not null && issue.Number > declared.IssuesOut)
            {
                throw new DomainValidationException("issue-number-out-of-range", $"issue number {issue.Number} exceeds the {declared.IssuesOut} issues declared.", nameof(issues), $"issues[{i}].number");
            }

            if (consolidation is null && !issue.SourceItems.IsEmpty)
            {
                throw new DomainValidationException("source-items-without-consolidation", $"issue {issue.Number} lists source items, but the catalogue holds no consolidation to trace them to.", nameof(issues), $"issues[{i}].sourceItems");
            }
        }

        if (consolidation is not null)
        {
            CheckAgainst(consolidation, list);
        }

        Taxonomy = taxonomy;
        Issues = list;
        Consolidation = consolidation;
        Declared = declared;
        Groupings = keys;
    }

    /// <summary>The category taxonomy.</summary>
    public CategoryTaxonomy Taxonomy { get; }

    /// <summary>The issues, by number.</summary>
    public ImmutableArray<CatalogueIssue> Issues { get; }

    /// <summary>The consolidation the issues come from, or <see langword="null"/>.</summary>
    public Consolidation? Consolidation { get; }

    /// <summary>The counts a source declares, or <see langword="null"/>.</summary>
    public DeclaredCounts? Declared { get; }

    /// <summary>The groupings the issues may use, in order; empty when the catalogue does not declare them.</summary>
    public ImmutableArray<GroupKey> Groupings { get; }

    /// <summary>Builds a catalogue from a complete consolidation, taking its issues as they are.</summary>
    /// <param name="taxonomy">The category taxonomy.</param>
    /// <param name="consolidation">The consolidation; every raw item must be accounted for.</param>
    /// <param name="declared">Declared counts to compare with, or <see langword="null"/>.</param>
    /// <param name="groupings">The groupings the issues may use, or <see langword="null"/> to accept any.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="DomainValidationException">A raw item is unaccounted for (the message names it), or another invariant is broken.</exception>
    public static IssueCatalogue FromConsolidation(CategoryTaxonomy taxonomy, Consolidation consolidation, DeclaredCounts? declared = null, IEnumerable<GroupKey>? groupings = null)
    {
        Preconditions.NotNull(consolidation);
        return new(taxonomy, consolidation.Issues, consolidation, declared, groupings);
    }

    /// <summary>The issue with the given number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The issue.</returns>
    /// <exception cref="KeyNotFoundException">No issue has that number.</exception>
    public CatalogueIssue Issue(int number) =>
        Issues.FirstOrDefault(i => i.Number == number) ?? throw new KeyNotFoundException($"the catalogue has no issue {number}.");

    /// <summary>Returns a copy in which issue <paramref name="number"/> has moved to <paramref name="status"/>.</summary>
    /// <param name="number">The issue number.</param>
    /// <param name="status">The next status.</param>
    /// <returns>A new catalogue.</returns>
    /// <exception cref="KeyNotFoundException">No issue has that number.</exception>
    /// <exception cref="DomainValidationException">The transition is not allowed; the message names both statuses.</exception>
    public IssueCatalogue WithIssueStatus(int number, IssueStatus status)
    {
        var index = IndexOf(number);
        return new(Taxonomy, Issues.SetItem(index, Issues[index].WithStatus(status)), Consolidation, Declared, Groupings);
    }

    /// <summary>Returns a copy in which the issue of the same number is replaced by <paramref name="issue"/>.</summary>
    /// <param name="issue">The edited issue.</param>
    /// <returns>A new catalogue.</returns>
    /// <exception cref="KeyNotFoundException">No issue has that number.</exception>
    /// <exception cref="DomainValidationException">The edit breaks an invariant.</exception>
    public IssueCatalogue WithIssue(CatalogueIssue issue)
    {
        Preconditions.NotNull(issue);
        return new(Taxonomy, Issues.SetItem(IndexOf(issue.Number), issue), Consolidation, Declared, Groupings);
    }

    /// <summary>The issues in a category, by number.</summary>
    /// <param name="category">The category name (ordinal).</param>
    /// <returns>The issues.</returns>
    public ImmutableArray<CatalogueIssue> ByCategory(string category)
    {
        Preconditions.NotNull(category);
        return Issues.Where(i => string.Equals(i.Category, category, StringComparison.Ordinal)).ToImmutableArray();
    }

    /// <summary>The issues in a grouping, by number.</summary>
    /// <param name="grouping">The group key.</param>
    /// <returns>The issues.</returns>
    public ImmutableArray<CatalogueIssue> ByGrouping(GroupKey grouping) =>
        Issues.Where(i => i.Grouping == grouping).ToImmutableArray();

    /// <summary>The issues in a status, by number.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The issues.</returns>
    public ImmutableArray<CatalogueIssue> ByStatus(IssueStatus status) =>
        Issues.Where(i => i.Status == status).ToImmutableArray();

    /// <summary>The number of issues in each category of the taxonomy, in taxonomy order, zeros included.</summary>
    /// <returns>The counts.</returns>
    public ImmutableArray<KeyValuePair<string, int>> CountsPerCategory() =>
        Taxonomy.Categories.Select(c => new KeyValuePair<string, int>(c, Issues.Count(i => string.Equals(i.Category, c, StringComparison.Ordinal)))).ToImmutableArray();

    /// <summary>Traceability issue → items → respondents → stakeholder categories, with the issue as the catalogue holds it now.</summary>
    /// <param name="number">The issue number.</param>
    /// <returns>The trace.</returns>
    /// <exception cref="KeyNotFoundException">No issue has that number.</exception>
    /// <exception cref="InvalidOperationException">The catalogue holds no consolidation.</exception>
    public IssueTrace Trace(int number)
    {
        var issue = Issue(number);
        var consolidation = Consolidation ?? throw new InvalidOperationException("the catalogue holds no consolidation records, only rows; there is nothing to trace.");
        return IssueTrace.Of(issue, issue.SourceItems.Select(consolidation.Item));
    }

    /// <summary>Traceability item → issues: the catalogue issues a raw item contributed to, by number.</summary>
    /// <param name="item">The raw item id.</param>
    /// <returns>The issues; empty when the item was discarded.</returns>
    /// <exception cref="KeyNotFoundException">No raw item has that id.</exception>
    /// <exception cref="InvalidOperationException">The catalogue holds no consolidation.</exception>
    public ImmutableArray<CatalogueIssue> IssuesFrom(RawItemId item)
    {
        var consolidation = Consolidation ?? throw new InvalidOperationException("the catalogue holds no consolidation records, only rows; there is nothing to trace.");
        var numbers = consolidation.IssuesFrom(item).Select(i => i.Number).ToImmutableHashSet();
        return Issues.Where(i => numbers.Contains(i.Number)).ToImmutableArray();
    }

    /// <summary>Compares the declared counts with the records held, or returns <see langword="null"/> when no counts are declared.</summary>
    /// <returns>The comparison, or <see langword="null"/>.</returns>
    public DeclaredCountComparison? CompareWithDeclared() =>
        Declared is null ? null : DeclaredCountComparison.Of(Declared, Consolidation?.RawItems.Length ?? 0, Issues.Length);

    /// <inheritdoc/>
    public bool Equals(IssueCatalogue? other) =>
        other is not null
        && Taxonomy.Equals(other.Taxonomy)
        && Immutable.SequenceEqual(Issues, other.Issues)
        && Equals(Consolidation, other.Consolidation)
        && Equals(Declared, other.Declared)
        && Immutable.SequenceEqual(Groupings, other.Groupings);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IssueCatalogue);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Taxonomy, Immutable.SequenceHash(Issues), Consolidation, Declared);

    private static void CheckGroupings(ImmutableArray<GroupKey> groupings, ImmutableArray<CatalogueIssue> issues)
    {
        var declared = new HashSet<GroupKey>();
        for (var g = 0; g < groupings.Length; g++)
        {
            if (groupings[g].Value.Length == 0)
            {
                throw new DomainValidationException("required", $"grouping {g + 1} is the default key; give a valid group key.", nameof(groupings), $"groupings[{g}]");
            }

            if (!declared.Add(groupings[g]))
            {
                throw new DomainValidationException("duplicate-grouping", $"grouping '{groupings[g]}' is declared twice.", nameof(groupings), $"groupings[{g}]");
            }
        }

        if (declared.Count == 0)
        {
            return;
        }

        for (var i = 0; i < issues.Length; i++)
        {
            if (issues[i].Grouping is { } grouping && !declared.Contains(grouping))
            {
                throw new DomainValidationException("unknown-grouping", $"issue {issues[i].Number} is in grouping '{grouping}', which is not one of the catalogue's groupings ({string.Join(", ", groupings)}).", nameof(issues), $"issues[{i}].grouping");
            }
        }
    }

    private static void CheckAgainst(Consolidation consolidation, ImmutableArray<CatalogueIssue> issues)
    {
        try
        {
            consolidation.EnsureComplete();
        }
        catch (DomainValidationException ex)
        {
            throw new DomainValidationException(ex.Rule, ex.Message, nameof(consolidation), "consolidation." + ex.Location);
        }

        var expected = consolidation.Issues;
        for (var i = 0; i < issues.Length; i++)
        {
            if (issues[i].Number != i + 1)
            {
                throw new DomainValidationException("issue-numbers-not-contiguous", $"a consolidated catalogue numbers its issues 1..N, but issue {i + 1} is missing (found {issues[i].Number}).", nameof(issues), $"issues[{i}].number");
            }
        }

        if (expected.Length != issues.Length)
        {
            throw new DomainValidationException("issue-mismatch", $"the consolidation creates {expected.Length} issues but the catalogue lists {issues.Length}.", nameof(issues));
        }

        for (var i = 0; i < issues.Length; i++)
        {
            if (expected[i].Number != issues[i].Number || !expected[i].SourceItems.OrderBy(x => x).SequenceEqual(issues[i].SourceItems.OrderBy(x => x)))
            {
                throw new DomainValidationException("issue-mismatch", $"issue {issues[i].Number} lists source items [{string.Join(", ", issues[i].SourceItems)}], but the consolidation gives issue {expected[i].Number} the items [{string.Join(", ", expected[i].SourceItems)}].", nameof(issues), $"issues[{i}].sourceItems");
            }
        }
    }

    private int IndexOf(int number)
    {
        for (var i = 0; i < Issues.Length; i++)
        {
            if (Issues[i].Number == number)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"the catalogue has no issue {number}.");
    }
}
