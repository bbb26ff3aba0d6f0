using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Process;

/// <summary>
/// A participant of a working group: a person, a country or an organisation, with its stakeholder
/// group and standing. A seat may be known without its holder's name, because the public record
/// does not always name it: <see cref="Name"/> is then <see langword="null"/>.
/// </summary>
/// <remarks>
/// Consensus code reads <see cref="Id"/>, <see cref="StakeholderGroup"/> and <see cref="Standing"/>.
/// Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class Participant : IEquatable<Participant>
{
    /// <summary>Creates a participant.</summary>
    /// <param name="id">The participant's identifier, unique within the working group.</param>
    /// <param name="kind">Whether it is a person, a country or an organisation.</param>
    /// <param name="stakeholderGroup">The stakeholder group it belongs to.</param>
    /// <param name="standing">Its standing in the group (member, observer, chair, …).</param>
    /// <param name="name">The name, or <see langword="null"/> when the record does not name the holder.</param>
    /// <param name="affiliation">A person's country or organisation, e.g. "Hungary", when known.</param>
    /// <param name="sources">Where the facts come from; may be empty.</param>
    /// <exception cref="ArgumentException">The id is default, an enum value is undefined or a text is blank.</exception>
    public Participant(
        ParticipantId id,
        ParticipantKind kind,
        StakeholderGroup stakeholderGroup,
        Standing standing,
        string? name = null,
        string? affiliation = null,
        IEnumerable<SourceReference>? sources = null)
    {
        if (id == default)
        {
            throw new DomainValidationException("required", "a participant needs an id.", nameof(id));
        }

        Id = id;
        Kind = Preconditions.Defined(kind);
        StakeholderGroup = Preconditions.Defined(stakeholderGroup);
        Standing = Preconditions.Defined(standing);
        Name = DomainText.Optional(name, nameof(name));
        Affiliation = DomainText.Optional(affiliation, nameof(affiliation));
        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));
    }

    /// <summary>The participant's identifier.</summary>
    public ParticipantId Id { get; }

    /// <summary>Whether it is a person, a country or an organisation.</summary>
    public ParticipantKind Kind { get; }

    /// <summary>The name, or <see langword="null"/> for a seat whose holder the record does not name.</summary>
    public string? Name { get; }

    /// <summary>A person's country or organisation, or <see langword="null"/>.</summary>
    public string? Affiliation { get; }

    /// <summary>The stakeholder group.</summary>
    public StakeholderGroup StakeholderGroup { get; }

    /// <summary>The standing, which decides whether its position counts towards consensus.</summary>
    public Standing Standing { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <summary>Whether the record names the holder.</summary>
    public bool IsNamed => Name is not null;

    /// <summary>Whether this participant's position counts towards consensus (see <see cref="StandingExtensions.Decides"/>).</summary>
    public bool Decides => Standing.Decides();

    /// <summary>Returns a copy with another standing.</summary>
    /// <param name="standing">The new standing.</param>
    /// <returns>A new participant.</returns>
    public Participant WithStanding(Standing standing) => new(Id, Kind, StakeholderGroup, standing, Name, Affiliation, Sources);

    /// <summary>Returns a copy with another name.</summary>
    /// <param name="name">The new name, or <see langword="null"/> for an unnamed seat.</param>
    /// <returns>A new participant.</returns>
    public Participant WithName(string? name) => new(Id, Kind, StakeholderGroup, Standing, name, Affiliation, Sources);

    /// <inheritdoc/>
    public bool Equals(Participant? other) =>
        other is not null
        && Id == other.Id
        && Kind == other.Kind
        && StakeholderGroup == other.StakeholderGroup
        && Standing == other.Standing
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Affiliation, other.Affiliation, StringComparison.Ordinal)
        && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Participant);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        Id, Kind, StakeholderGroup, Standing,
        Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name),
        Affiliation is null ? 0 : StringComparer.Ordinal.GetHashCode(Affiliation),
        Immutable.SequenceHash(Sources));

    /// <summary>The id, name (or "unnamed seat"), group and standing.</summary>
    /// <returns>The participant as text.</returns>
    public override string ToString() => $"{Id}: {Name ?? "unnamed seat"} ({DomainWords.Of(StakeholderGroup)}, {DomainWords.Of(Standing)})";
}
