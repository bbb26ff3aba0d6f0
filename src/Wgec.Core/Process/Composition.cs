using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Process;

/// <summary>
/// Who a working group is: its participants and the policy its seats should follow. Seat holders
/// are the participants whose standing decides (members and subgroup coordinators); the chair,
/// the secretariat and observers hold no seat.
/// </summary>
/// <remarks>
/// Participants keep their given order and have unique ids. A composition may depart from its
/// policy; <see cref="Departures"/> reports where. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class Composition : IEquatable<Composition>
{
    private static readonly StakeholderGroup[] AllGroups =
    [
        StakeholderGroup.Governments, StakeholderGroup.PrivateSector, StakeholderGroup.CivilSociety,
        StakeholderGroup.TechnicalAndAcademic, StakeholderGroup.IntergovernmentalAndInternational,
    ];

    private readonly ImmutableDictionary<ParticipantId, Participant> _byId;

    /// <summary>Creates a composition.</summary>
    /// <param name="policy">The composition policy.</param>
    /// <param name="participants">The participants; ids unique.</param>
    /// <exception cref="ArgumentException">An argument is null or two participants share an id (rule <c>duplicate-participant-id</c>).</exception>
    public Composition(CompositionPolicy policy, IEnumerable<Participant> participants)
    {
        Policy = Preconditions.NotNull(policy);
        Participants = Immutable.ToArrayChecked(participants, nameof(participants));
        var byId = ImmutableDictionary.CreateBuilder<ParticipantId, Participant>();
        for (var i = 0; i < Participants.Length; i++)
        {
            var participant = Participants[i];
            if (byId.ContainsKey(participant.Id))
            {
                throw new DomainValidationException("duplicate-participant-id", $"participant id '{participant.Id}' is used twice.", nameof(participants), $"participants[{i}].id");
            }

            byId.Add(participant.Id, participant);
        }

        _byId = byId.ToImmutable();
        Departures = ComputeDepartures(Policy, Participants);
    }

    /// <summary>The composition policy.</summary>
    public CompositionPolicy Policy { get; }

    /// <summary>The participants, in the given order.</summary>
    public ImmutableArray<Participant> Participants { get; }

    /// <summary>The participants who hold a seat (their standing decides), in the given order.</summary>
    public ImmutableArray<Participant> SeatHolders => Participants.Where(p => p.Decides).ToImmutableArray();

    /// <summary>The groups whose seat holders differ in number from the policy, in enum order; empty when the composition follows its policy.</summary>
    public ImmutableArray<CompositionDeparture> Departures { get; }

    /// <summary>Whether the composition follows its policy exactly.</summary>
    public bool FollowsPolicy => Departures.IsEmpty;

    /// <summary>Finds a participant by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The participant, or <see langword="null"/> when there is none with that id.</returns>
    public Participant? Find(ParticipantId id) => _byId.TryGetValue(id, out var participant) ? participant : null;

    /// <summary>Whether a participant with the id exists.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Whether it exists.</returns>
    public bool Contains(ParticipantId id) => _byId.ContainsKey(id);

    /// <summary>Returns a copy with one more participant.</summary>
    /// <param name="participant">The participant to add; its id must be new.</param>
    /// <returns>A new composition.</returns>
    public Composition PlusParticipant(Participant participant) => new(Policy, Participants.Add(Preconditions.NotNull(participant)));

    /// <inheritdoc/>
    public bool Equals(Composition? other) =>
        other is not null && Policy.Equals(other.Policy) && Immutable.SequenceEqual(Participants, other.Participants);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Composition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Policy, Immutable.SequenceHash(Participants));

    /// <summary>The number of participants and seat holders.</summary>
    /// <returns>The composition as text.</returns>
    public override string ToString() => $"{Participants.Length} participants, {SeatHolders.Length} seats held of {Policy.TotalSeats}";

    private static ImmutableArray<CompositionDeparture> ComputeDepartures(CompositionPolicy policy, ImmutableArray<Participant> participants)
    {
        var builder = ImmutableArray.CreateBuilder<CompositionDeparture>();
        foreach (var group in AllGroups)
        {
            var actual = participants.Count(p => p.Decides && p.StakeholderGroup == group);
            var expected = policy.SeatsFor(group);
            if (actual != expected)
            {
                builder.Add(new CompositionDeparture(group, expected, actual));
            }
        }

        return builder.ToImmutable();
    }
}
