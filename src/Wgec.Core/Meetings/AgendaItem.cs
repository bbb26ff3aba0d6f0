using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Meetings;

/// <summary>
/// An item of a meeting's agenda, with a number (e.g. "2", "2.1"), a title and sub-items in order.
/// </summary>
/// <remarks>
/// Numbers follow identifier syntax (letters, digits, '.', '_', ':', '-'); the meeting checks that
/// they are unique across the whole agenda tree. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class AgendaItem : IEquatable<AgendaItem>
{
    /// <summary>Creates an agenda item.</summary>
    /// <param name="number">The item number, e.g. "3" or "3.1".</param>
    /// <param name="title">The title.</param>
    /// <param name="subItems">Nested items, in order.</param>
    /// <exception cref="ArgumentException">The number is malformed, the title blank, or a sub-item null.</exception>
    public AgendaItem(string number, string title, IEnumerable<AgendaItem>? subItems = null)
    {
        Preconditions.NotNull(number);
        if (!IdText.TryValidate(number, out var error))
        {
            throw new DomainValidationException("invalid-agenda-number", $"'{number}' is not a valid agenda number: {error}.", nameof(number));
        }

        Number = number;
        Title = Internal.DomainText.Required(title, nameof(title));
        SubItems = Immutable.ToArrayOrEmpty(subItems, nameof(subItems));
    }

    /// <summary>The item number.</summary>
    public string Number { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The nested items, in order.</summary>
    public ImmutableArray<AgendaItem> SubItems { get; }

    /// <summary>This item and all nested items, depth first, in agenda order.</summary>
    /// <returns>The items.</returns>
    public IEnumerable<AgendaItem> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in SubItems)
        {
            foreach (var item in child.SelfAndDescendants())
            {
                yield return item;
            }
        }
    }

    /// <inheritdoc/>
    public bool Equals(AgendaItem? other) =>
        other is not null
        && string.Equals(Number, other.Number, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Immutable.SequenceEqual(SubItems, other.SubItems);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AgendaItem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Number), StringComparer.Ordinal.GetHashCode(Title), Immutable.SequenceHash(SubItems));

    /// <summary>The number and title.</summary>
    /// <returns>The item as text.</returns>
    public override string ToString() => $"{Number}. {Title}";
}
