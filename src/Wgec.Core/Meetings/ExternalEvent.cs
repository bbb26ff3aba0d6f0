using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Meetings;

/// <summary>
/// An event outside the working group that a meeting took note of, e.g. NetMundial in São Paulo,
/// the WSIS+10 MPP, the 9th IGF in Istanbul.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class ExternalEvent : IEquatable<ExternalEvent>
{
    /// <summary>Creates an external event.</summary>
    /// <param name="name">The event's name.</param>
    /// <param name="place">Where it takes place, when known.</param>
    /// <param name="dates">Its dates, when the record gives them.</param>
    /// <param name="sources">Where the facts come from; may be empty.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public ExternalEvent(string name, string? place = null, DateInterval? dates = null, IEnumerable<SourceReference>? sources = null)
    {
        Name = Internal.DomainText.Required(name, nameof(name));
        Place = Internal.DomainText.Optional(place, nameof(place));
        Dates = dates;
        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));
    }

    /// <summary>The event's name.</summary>
    public string Name { get; }

    /// <summary>Where it takes place, or <see langword="null"/>.</summary>
    public string? Place { get; }

    /// <summary>Its dates, or <see langword="null"/> when the record does not give them.</summary>
    public DateInterval? Dates { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <inheritdoc/>
    public bool Equals(ExternalEvent? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Place, other.Place, StringComparison.Ordinal)
        && Equals(Dates, other.Dates)
        && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExternalEvent);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Name), Place is null ? 0 : StringComparer.Ordinal.GetHashCode(Place), Dates, Immutable.SequenceHash(Sources));

    /// <summary>The name, with the place when known.</summary>
    /// <returns>The event as text.</returns>
    public override string ToString() => Place is null ? Name : $"{Name}, {Place}";
}
