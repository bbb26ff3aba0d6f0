using System;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Catalogue;

/// <summary>A contribution submitted to a correspondence group.</summary>
/// <remarks>Equality is by content. There is no default value (a class). Immutable and thread-safe.</remarks>
public sealed class Contribution : IEquatable<Contribution>
{
    /// <summary>Creates a contribution.</summary>
    /// <param name="contributor">Who submitted it.</param>
    /// <param name="title">What it is.</param>
    /// <param name="category">The contributor's stakeholder category, when known.</param>
    /// <param name="submitted">When it was submitted, when known.</param>
    /// <param name="source">Where it is published, when known.</param>
    /// <exception cref="ArgumentException">The contributor or title is blank, or the category undefined.</exception>
    public Contribution(string contributor, string title, StakeholderGroup? category = null, LocalDate? submitted = null, SourceReference? source = null)
    {
        Preconditions.NotBlank(contributor);
        Preconditions.NotBlank(title);
        if (category is { } c)
        {
            Preconditions.Defined(c, nameof(category));
        }

        Contributor = contributor.Trim();
        Title = title.Trim();
        Category = category;
        Submitted = submitted;
        Source = source;
    }

    /// <summary>Who submitted it.</summary>
    public string Contributor { get; }

    /// <summary>What it is.</summary>
    public string Title { get; }

    /// <summary>The contributor's stakeholder category, or <see langword="null"/>.</summary>
    public StakeholderGroup? Category { get; }

    /// <summary>When it was submitted, or <see langword="null"/>.</summary>
    public LocalDate? Submitted { get; }

    /// <summary>Where it is published, or <see langword="null"/>.</summary>
    public SourceReference? Source { get; }

    /// <inheritdoc/>
    public bool Equals(Contribution? other) =>
        other is not null
        && string.Equals(Contributor, other.Contributor, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Category == other.Category
        && Submitted == other.Submitted
        && Equals(Source, other.Source);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Contribution);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Contributor), StringComparer.Ordinal.GetHashCode(Title), Category, Submitted, Source);

    /// <summary>The contributor and title.</summary>
    /// <returns>The contribution as text.</returns>
    public override string ToString() => $"{Contributor}: {Title}";
}
