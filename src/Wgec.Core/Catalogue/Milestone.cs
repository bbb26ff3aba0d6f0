using System;
using NodaTime;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Catalogue;

/// <summary>A dated deliverable of a correspondence group, e.g. the final document due 12 February 2014.</summary>
/// <remarks>Equality is by content. There is no default value (a class). Immutable and thread-safe.</remarks>
public sealed class Milestone : IEquatable<Milestone>
{
    /// <summary>Creates a milestone.</summary>
    /// <param name="due">The date it is due.</param>
    /// <param name="kind">An update or the final document.</param>
    /// <param name="description">What is delivered.</param>
    /// <param name="source">Where the milestone is stated; optional.</param>
    /// <exception cref="ArgumentException">The kind is undefined, or the description blank or longer than 2,000 characters.</exception>
    public Milestone(LocalDate due, MilestoneKind kind, string description, SourceReference? source = null)
    {
        Preconditions.Defined(kind);
        Due = due;
        Kind = kind;
        Description = Internal.DomainText.Required(description, nameof(description));
        Source = source;
    }

    /// <summary>The date it is due.</summary>
    public LocalDate Due { get; }

    /// <summary>An update or the final document.</summary>
    public MilestoneKind Kind { get; }

    /// <summary>What is delivered.</summary>
    public string Description { get; }

    /// <summary>Where the milestone is stated, or <see langword="null"/>.</summary>
    public SourceReference? Source { get; }

    /// <inheritdoc/>
    public bool Equals(Milestone? other) =>
        other is not null && Due == other.Due && Kind == other.Kind && string.Equals(Description, other.Description, StringComparison.Ordinal) && Equals(Source, other.Source);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Milestone);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Due, Kind, StringComparer.Ordinal.GetHashCode(Description), Source);

    /// <summary>The date, kind and description.</summary>
    /// <returns>The milestone as text.</returns>
    public override string ToString() => $"{Due:yyyy-MM-dd} {Kind}: {Description}";
}
