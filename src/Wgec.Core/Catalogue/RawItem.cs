using System;

namespace Wgec.Core.Catalogue;

/// <summary>
/// A public-policy item as taken from one consultation response, before consolidation, with its
/// provenance. Consolidation never deletes raw items: it accounts for each of them.
/// </summary>
/// <remarks>
/// Equality is by content (id, ordinal text, provenance). There is no default value (a class).
/// Immutable and thread-safe.
/// </remarks>
public sealed class RawItem : IEquatable<RawItem>
{
    /// <summary>The longest item text accepted.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Creates a raw item.</summary>
    /// <param name="id">The item's identifier, unique within a consolidation.</param>
    /// <param name="text">The text of the item as taken from the response.</param>
    /// <param name="provenance">Where the item comes from.</param>
    /// <exception cref="ArgumentException">The id is default, the text is blank or too long, or the provenance is null.</exception>
    public RawItem(RawItemId id, string text, ItemProvenance provenance)
    {
        if (id.Value.Length == 0)
        {
            throw new DomainValidationException("required", "the item id must be a valid id, not the default.", nameof(id));
        }

        Preconditions.NotBlank(text);
        if (text.Length > MaxTextLength)
        {
            throw new DomainValidationException("too-long", $"an item text must be at most {MaxTextLength} characters, not {text.Length}.", nameof(text));
        }

        Preconditions.NotNull(provenance);
        Id = id;
        Text = text.Trim();
        Provenance = provenance;
    }

    /// <summary>The item's identifier.</summary>
    public RawItemId Id { get; }

    /// <summary>The text of the item.</summary>
    public string Text { get; }

    /// <summary>Where the item comes from.</summary>
    public ItemProvenance Provenance { get; }

    /// <inheritdoc/>
    public bool Equals(RawItem? other) =>
        other is not null && Id == other.Id && string.Equals(Text, other.Text, StringComparison.Ordinal) && Provenance.Equals(other.Provenance);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RawItem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, StringComparer.Ordinal.GetHashCode(Text), Provenance);

    /// <summary>The id and the text.</summary>
    /// <returns>The item as text.</returns>
    public override string ToString() => $"{Id}: {Text}";
}
