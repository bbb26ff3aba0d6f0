using System;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Consultation;

/// <summary>A respondent to a consultation: an id, an optional name and organisation, and a category.</summary>
/// <remarks>
/// A respondent without name and organisation is anonymous. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class Respondent : IEquatable<Respondent>
{
    /// <summary>Creates a respondent.</summary>
    /// <param name="id">The respondent's id; not <c>default</c>.</param>
    /// <param name="category">The respondent's category.</param>
    /// <param name="name">The person's or entity's name, or <see langword="null"/>.</param>
    /// <param name="organisation">The organisation, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The id is default, or a given text is blank.</exception>
    public Respondent(RespondentId id, RespondentCategory category, string? name = null, string? organisation = null)
    {
        if (id.Value.Length == 0)
        {
            throw new DomainValidationException("required", "a respondent needs an id.", nameof(id));
        }

        Preconditions.NotNull(category);
        Id = id;
        Category = category;
        Name = OptionalText.Trim(name, nameof(name));
        Organisation = OptionalText.Trim(organisation, nameof(organisation));
    }

    /// <summary>The id.</summary>
    public RespondentId Id { get; }

    /// <summary>The name, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>The organisation, or <see langword="null"/>.</summary>
    public string? Organisation { get; }

    /// <summary>The category.</summary>
    public RespondentCategory Category { get; }

    /// <summary>Whether the respondent has neither name nor organisation.</summary>
    public bool IsAnonymous => Name is null && Organisation is null;

    /// <summary>The name used for sorting and display: the name, else the organisation, else the id.</summary>
    public string DisplayName => Name ?? Organisation ?? Id.Value;

    /// <inheritdoc/>
    public bool Equals(Respondent? other) =>
        other is not null
        && Id == other.Id
        && Category.Equals(other.Category)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Organisation, other.Organisation, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Respondent);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Category);

    /// <summary>The display name and id.</summary>
    /// <returns>The respondent as text.</returns>
    public override string ToString() => $"{DisplayName} ({Id})";
}
