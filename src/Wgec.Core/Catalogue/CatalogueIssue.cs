using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Catalogue;

/// <summary>
/// One row of the issue catalogue (the 2013 spreadsheet's columns No, Issues, Categories, Grouping,
/// Activities &amp; approaches and Status), with the raw items it was consolidated from.
/// </summary>
/// <remarks>
/// Equality is by content (activities and source items in order). There is no default value (a
/// class). Immutable and thread-safe. The category is checked against a taxonomy by
/// <see cref="IssueCatalogue"/>, which owns the taxonomy.
/// </remarks>
public sealed class CatalogueIssue : IEquatable<CatalogueIssue>
{
    /// <summary>The longest title or category accepted.</summary>
    public const int MaxTitleLength = 500;

    /// <summary>Creates an issue.</summary>
    /// <param name="number">The row number, 1 or more.</param>
    /// <param name="title">The issue, e.g. "Allocation of domain names".</param>
    /// <param name="category">The category name, e.g. "Critical Internet Resources".</param>
    /// <param name="grouping">The response grouping (A–E in 2013–2014), or <see langword="null"/> when not recorded.</param>
    /// <param name="activitiesAndApproaches">The activities and approaches noted for the issue, in order; may be empty.</param>
    /// <param name="status">The status.</param>
    /// <param name="sourceItems">The raw items the issue was consolidated from, without repeats; empty when only the row is known.</param>
    /// <exception cref="ArgumentException">A value is out of range, blank, too long, default or repeated.</exception>
    public CatalogueIssue(
        int number,
        string title,
        string category,
        GroupKey? grouping,
        IEnumerable<string> activitiesAndApproaches,
        IssueStatus status,
        IEnumerable<RawItemId> sourceItems)
    {
        Preconditions.Positive(number);
        Preconditions.NotBlank(title);
        Preconditions.NotBlank(category);
        if (title.Length > MaxTitleLength)
        {
            throw new DomainValidationException("too-long", $"an issue title must be at most {MaxTitleLength} characters, not {title.Length}.", nameof(title));
        }

        if (category.Length > MaxTitleLength)
        {
            throw new DomainValidationException("too-long", $"a category must be at most {MaxTitleLength} characters, not {category.Length}.", nameof(category));
        }

        if (grouping is { } g && g.Value.Length == 0)
        {
            throw new DomainValidationException("required", "the grouping must be a valid group key or absent, not the default.", nameof(grouping));
        }

        Preconditions.Defined(status);
        var activities = Immutable.ToArrayChecked(activitiesAndApproaches, nameof(activitiesAndApproaches));
        for (var i = 0; i < activities.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(activities[i]))
            {
                throw new DomainValidationException("blank-activity", $"activity or approach {DomainWords.Place(i)} is blank.", nameof(activitiesAndApproaches), $"activitiesAndApproaches[{i}]");
            }
        }

        var items = Immutable.ToArrayChecked(sourceItems, nameof(sourceItems));
        var seen = new HashSet<RawItemId>();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Value.Length == 0)
            {
                throw new DomainValidationException("required", $"source item {DomainWords.Place(i)} names no raw item (the default id).", nameof(sourceItems), $"sourceItems[{i}]");
            }

            if (!seen.Add(items[i]))
            {
                throw new DomainValidationException("duplicate-source-item", $"item '{items[i]}' is listed twice as a source of issue {number}.", nameof(sourceItems), $"sourceItems[{i}]");
            }
        }

        Number = number;
        Title = title.Trim();
        Category = category.Trim();
        Grouping = grouping;
        ActivitiesAndApproaches = activities.Select(a => a.Trim()).ToImmutableArray();
        Status = status;
        SourceItems = items;
    }

    /// <summary>The row number.</summary>
    public int Number { get; }

    /// <summary>The issue.</summary>
    public string Title { get; }

    /// <summary>The category name.</summary>
    public string Category { get; }

    /// <summary>The response grouping, or <see langword="null"/> when not recorded.</summary>
    public GroupKey? Grouping { get; }

    /// <summary>The activities and approaches, in order.</summary>
    public ImmutableArray<string> ActivitiesAndApproaches { get; }

    /// <summary>The status.</summary>
    public IssueStatus Status { get; }

    /// <summary>The raw items the issue was consolidated from, in order.</summary>
    public ImmutableArray<RawItemId> SourceItems { get; }

    /// <summary>Creates a new issue, listed, with no activities recorded.</summary>
    /// <param name="number">The row number.</param>
    /// <param name="title">The issue.</param>
    /// <param name="category">The category name.</param>
    /// <param name="grouping">The grouping, or <see langword="null"/>.</param>
    /// <param name="sourceItems">The raw items it comes from.</param>
    /// <returns>The issue.</returns>
    public static CatalogueIssue Listed(int number, string title, string category, GroupKey? grouping, IEnumerable<RawItemId> sourceItems) =>
        new(number, title, category, grouping, ImmutableArray<string>.Empty, IssueStatus.Listed, sourceItems);

    /// <summary>Returns a copy in another status, if the transition table allows the move.</summary>
    /// <param name="status">The next status.</param>
    /// <returns>A new issue.</returns>
    /// <exception cref="DomainValidationException">The move is not allowed; the message names both statuses.</exception>
    public CatalogueIssue WithStatus(IssueStatus status)
    {
        IssueStatusTransitions.EnsureAllowed(Status, status);
        return new(Number, Title, Category, Grouping, ActivitiesAndApproaches, status, SourceItems);
    }

    /// <summary>Returns a copy with another list of activities and approaches.</summary>
    /// <param name="activitiesAndApproaches">The activities and approaches.</param>
    /// <returns>A new issue.</returns>
    public CatalogueIssue WithActivitiesAndApproaches(IEnumerable<string> activitiesAndApproaches) =>
        new(Number, Title, Category, Grouping, activitiesAndApproaches, Status, SourceItems);

    /// <inheritdoc/>
    public bool Equals(CatalogueIssue? other) =>
        other is not null
        && Number == other.Number
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && string.Equals(Category, other.Category, StringComparison.Ordinal)
        && Nullable.Equals(Grouping, other.Grouping)
        && Status == other.Status
        && Immutable.SequenceEqual(ActivitiesAndApproaches, other.ActivitiesAndApproaches)
        && Immutable.SequenceEqual(SourceItems, other.SourceItems);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CatalogueIssue);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, StringComparer.Ordinal.GetHashCode(Title), StringComparer.Ordinal.GetHashCode(Category), Grouping, Status, Immutable.SequenceHash(SourceItems));

    /// <summary>The number and title, e.g. "1 Allocation of domain names".</summary>
    /// <returns>The issue as text.</returns>
    public override string ToString() => $"{Number} {Title}";
}
