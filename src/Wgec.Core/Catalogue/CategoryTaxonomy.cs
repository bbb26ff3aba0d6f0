using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Internal;

namespace Wgec.Core.Catalogue;

/// <summary>
/// The categories that catalogue issues may carry, as data: e.g. the 2013 spreadsheet's "Critical
/// Internet Resources", "Cybercrime" and "Capacity building", or the later mapping clusters
/// (infrastructure and standardisation, security, human rights, legal, economic, development,
/// sociocultural).
/// </summary>
/// <remarks>
/// Category names are trimmed, unique (ordinal, case-insensitive) and kept in the given order.
/// Equality is by content (ordinal, in order). Immutable and thread-safe.
/// </remarks>
public sealed class CategoryTaxonomy : IEquatable<CategoryTaxonomy>
{
    /// <summary>The longest category name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Creates a taxonomy.</summary>
    /// <param name="name">The name of the taxonomy, e.g. "WGEC 2013 issue spreadsheet categories".</param>
    /// <param name="categories">The category names, in their defined order; at least one.</param>
    /// <exception cref="ArgumentException">The name is blank, the list is empty, or a category is blank, too long or repeated.</exception>
    public CategoryTaxonomy(string name, IEnumerable<string> categories)
    {
        Preconditions.NotBlank(name);
        var list = Immutable.ToArrayChecked(categories, nameof(categories));
        if (list.IsEmpty)
        {
            throw new DomainValidationException("empty", "a taxonomy needs at least one category.", nameof(categories));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var builder = ImmutableArray.CreateBuilder<string>(list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            var category = list[i].Trim();
            if (category.Length == 0 || category.Length > MaxNameLength)
            {
                throw new DomainValidationException("invalid-category", $"category {DomainWords.Place(i)} must be 1–{MaxNameLength} non-blank characters.", nameof(categories), $"categories[{i}]");
            }

            if (!seen.Add(category))
            {
                throw new DomainValidationException("duplicate-category", $"category '{category}' is listed twice.", nameof(categories), $"categories[{i}]");
            }

            builder.Add(category);
        }

        Name = name.Trim();
        Categories = builder.MoveToImmutable();
    }

    /// <summary>The name of the taxonomy.</summary>
    public string Name { get; }

    /// <summary>The category names, in their defined order.</summary>
    public ImmutableArray<string> Categories { get; }

    /// <summary>Whether <paramref name="category"/> is one of the categories (exact, ordinal).</summary>
    /// <param name="category">The category name.</param>
    /// <returns>Whether it is defined.</returns>
    public bool Contains(string category) => Categories.Contains(Preconditions.NotNull(category), StringComparer.Ordinal);

    /// <summary>The position of a category in the defined order, or -1.</summary>
    /// <param name="category">The category name.</param>
    /// <returns>The zero-based position, or -1 when undefined.</returns>
    public int IndexOf(string category) => Categories.IndexOf(Preconditions.NotNull(category), StringComparer.Ordinal);

    /// <inheritdoc/>
    public bool Equals(CategoryTaxonomy? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Immutable.SequenceEqual(Categories, other.Categories);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CategoryTaxonomy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Immutable.SequenceHash(Categories));
}
