using System;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Catalogue;

/// <summary>
/// Where a raw public-policy item comes from: the respondent, the question answered, an optional
/// location of the excerpt inside the response, and the respondent's stakeholder category at the
/// time of the response (a snapshot, so the category is reachable from the item itself).
/// </summary>
/// <remarks>
/// Equality is by content (ordinal excerpt location). There is no default value (a class).
/// Immutable and thread-safe.
/// </remarks>
public sealed class ItemProvenance : IEquatable<ItemProvenance>
{
    /// <summary>The longest excerpt location accepted.</summary>
    public const int MaxExcerptLocationLength = 200;

    /// <summary>Creates a provenance.</summary>
    /// <param name="respondent">The respondent whose response holds the item.</param>
    /// <param name="question">The number of the question answered (1 or more).</param>
    /// <param name="category">The respondent's stakeholder category, as declared in the response.</param>
    /// <param name="excerptLocation">Where in the response the item is, e.g. "p. 3, ¶2"; optional.</param>
    /// <exception cref="ArgumentException">The respondent is default, the question is below 1, the category is undefined, or the location is blank or too long.</exception>
    public ItemProvenance(RespondentId respondent, int question, StakeholderGroup category, string? excerptLocation = null)
    {
        if (respondent.Value.Length == 0)
        {
            throw new DomainValidationException("required", "the respondent must be a valid respondent id, not the default.", nameof(respondent));
        }

        Preconditions.Positive(question);
        Preconditions.Defined(category);
        if (excerptLocation is not null)
        {
            Preconditions.NotBlank(excerptLocation);
            if (excerptLocation.Length > MaxExcerptLocationLength)
            {
                throw new DomainValidationException("too-long", $"an excerpt location must be at most {MaxExcerptLocationLength} characters, not {excerptLocation.Length}.", nameof(excerptLocation));
            }
        }

        Respondent = respondent;
        Question = question;
        Category = category;
        ExcerptLocation = excerptLocation?.Trim();
    }

    /// <summary>The respondent whose response holds the item.</summary>
    public RespondentId Respondent { get; }

    /// <summary>The number of the question answered.</summary>
    public int Question { get; }

    /// <summary>The respondent's stakeholder category (a snapshot taken from the response).</summary>
    public StakeholderGroup Category { get; }

    /// <summary>Where in the response the item is, or <see langword="null"/>.</summary>
    public string? ExcerptLocation { get; }

    /// <inheritdoc/>
    public bool Equals(ItemProvenance? other) =>
        other is not null
        && Respondent == other.Respondent
        && Question == other.Question
        && Category == other.Category
        && string.Equals(ExcerptLocation, other.ExcerptLocation, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ItemProvenance);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Respondent, Question, Category, ExcerptLocation is null ? 0 : StringComparer.Ordinal.GetHashCode(ExcerptLocation));

    /// <summary>The provenance as text, e.g. "R12 (civilSociety), Q4, p. 3".</summary>
    /// <returns>The provenance as text.</returns>
    public override string ToString() => ExcerptLocation is null
        ? $"{Respondent} ({Category}), Q{Question}"
        : $"{Respondent} ({Category}), Q{Question}, {ExcerptLocation}";
}
