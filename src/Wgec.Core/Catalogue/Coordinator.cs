using System;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Catalogue;

/// <summary>A person who leads a correspondence group, with their role.</summary>
/// <remarks>Equality is by content (ordinal name). There is no default value (a class). Immutable and thread-safe.</remarks>
public sealed class Coordinator : IEquatable<Coordinator>
{
    /// <summary>Creates a coordinator.</summary>
    /// <param name="name">The person's name, e.g. "Phil Rushton".</param>
    /// <param name="role">Coordinator or co-coordinator.</param>
    /// <param name="participant">The participant id, when the person is a recorded participant; optional.</param>
    /// <exception cref="ArgumentException">The name is blank, the role undefined or the participant id default.</exception>
    public Coordinator(string name, CoordinatorRole role, ParticipantId? participant = null)
    {
        Preconditions.NotBlank(name);
        Preconditions.Defined(role);
        if (participant is { } p && p.Value.Length == 0)
        {
            throw new DomainValidationException("required", "the participant must be a valid id or absent, not the default.", nameof(participant));
        }

        Name = name.Trim();
        Role = role;
        Participant = participant;
    }

    /// <summary>The person's name.</summary>
    public string Name { get; }

    /// <summary>Coordinator or co-coordinator.</summary>
    public CoordinatorRole Role { get; }

    /// <summary>The participant id, or <see langword="null"/>.</summary>
    public ParticipantId? Participant { get; }

    /// <inheritdoc/>
    public bool Equals(Coordinator? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Role == other.Role && Nullable.Equals(Participant, other.Participant);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Coordinator);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Role, Participant);

    /// <summary>The name and role.</summary>
    /// <returns>The coordinator as text.</returns>
    public override string ToString() => $"{Name} ({Role})";
}
