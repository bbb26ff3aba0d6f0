using System;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;
using Wgec.Core.Process;

namespace Wgec.Core.Consensus;

/// <summary>
/// One participant as the consensus rules see them: their stakeholder group and their standing.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class RosterEntry : IEquatable<RosterEntry>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="group">The participant's stakeholder group.</param>
    /// <param name="standing">The participant's standing, which decides whether their position counts.</param>
    /// <param name="name">The participant's name, shown with the id in explanations; <see langword="null"/> when the record does not name them.</param>
    /// <exception cref="ArgumentException">The participant id is the default value, an enum value is undefined, or the name blank.</exception>
    public RosterEntry(ParticipantId participant, StakeholderGroup group, Standing standing, string? name = null)
    {
        if (participant.Value.Length == 0)
        {
            throw new DomainValidationException("required", "a roster entry needs a participant id.", nameof(participant));
        }

        Participant = participant;
        Group = Preconditions.Defined(group);
        Standing = Preconditions.Defined(standing);
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            throw new DomainValidationException("invalid-text", $"the name of roster entry '{participant}' must not be blank.", nameof(name));
        }

        Name = name?.Trim();
    }

    /// <summary>The participant.</summary>
    public ParticipantId Participant { get; }

    /// <summary>The participant's stakeholder group.</summary>
    public StakeholderGroup Group { get; }

    /// <summary>The participant's standing.</summary>
    public Standing Standing { get; }

    /// <summary>Whether this participant's position decides consensus (see <see cref="StandingExtensions.Decides"/>).</summary>
    public bool Decides => Standing.Decides();

    /// <summary>The participant's name, or <see langword="null"/> when the record does not name them.</summary>
    public string? Name { get; }

    /// <inheritdoc/>
    public bool Equals(RosterEntry? other) =>
        other is not null && Participant == other.Participant && Group == other.Group && Standing == other.Standing
        && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RosterEntry);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Participant, Group, Standing);

    /// <summary>The entry as text, e.g. "Germany (de, governments, member)", or "de (governments, member)" without a name.</summary>
    /// <returns>The entry as text.</returns>
    public override string ToString() => Name is null ? $"{Participant} ({DomainWords.Of(Group)}, {DomainWords.Of(Standing)})" : $"{Name} ({Participant}, {DomainWords.Of(Group)}, {DomainWords.Of(Standing)})";
}
