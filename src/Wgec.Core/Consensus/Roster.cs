using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;
using Wgec.Core.Process;

namespace Wgec.Core.Consensus;

/// <summary>
/// The participants that consensus rules evaluate against, each with a stakeholder group and a
/// standing, plus the stakeholder groups the process declares (e.g. all five WSIS categories).
/// The process model's participants are bridged into a roster; rules depend on nothing else.
/// </summary>
/// <remarks>
/// <see cref="Entries"/> are kept sorted by participant id and <see cref="DeclaredGroups"/> in
/// enum order, so equality is by content and independent of input order. Observers, the chair and
/// the secretariat never decide, so they may belong to a group the roster does not declare (a group
/// without seats); every deciding member belongs to a declared group. Immutable and thread-safe.
/// </remarks>
public sealed class Roster : IEquatable<Roster>
{
    /// <summary>In <see cref="Groups"/>: the entry does not decide.</summary>
    internal const sbyte NotDeciding = -1;

    private readonly ImmutableDictionary<ParticipantId, RosterEntry> _byId;

    /// <summary>Creates a roster.</summary>
    /// <param name="declaredGroups">The stakeholder groups of the process; at least one, no duplicates.</param>
    /// <param name="entries">The participants; each once, each deciding member in a declared group.</param>
    /// <exception cref="ArgumentException">A rule above is broken.</exception>
    public Roster(IEnumerable<StakeholderGroup> declaredGroups, IEnumerable<RosterEntry> entries)
    {
        var groups = Immutable.ToArrayChecked(declaredGroups, nameof(declaredGroups));
        if (groups.IsEmpty)
        {
            throw new DomainValidationException("required", "a roster declares at least one stakeholder group.", nameof(declaredGroups));
        }

        for (var i = 0; i < groups.Length; i++)
        {
            Preconditions.Defined(groups[i], nameof(declaredGroups));
            if (groups.IndexOf(groups[i]) != i)
            {
                throw new DomainValidationException("duplicate", $"stakeholder group {DomainWords.Of(groups[i])} is declared twice.", nameof(declaredGroups), $"declaredGroups[{i}]");
            }
        }

        var list = Immutable.ToArrayChecked(entries, nameof(entries));
        var byId = ImmutableDictionary.CreateBuilder<ParticipantId, RosterEntry>();
        for (var i = 0; i < list.Length; i++)
        {
            var entry = list[i];
            if (byId.ContainsKey(entry.Participant))
            {
                throw new DomainValidationException("duplicate", $"participant '{entry.Participant}' is on the roster twice.", nameof(entries), $"entries[{i}].participant");
            }

            if (entry.Decides && !groups.Contains(entry.Group))
            {
                throw new DomainValidationException("undeclared-group", $"participant '{entry.Participant}' decides in {DomainWords.Of(entry.Group)}, which the roster does not declare.", nameof(entries), $"entries[{i}].group");
            }

            byId.Add(entry.Participant, entry);
        }

        _byId = byId.ToImmutable();
        DeclaredGroups = groups.Sort();
        Entries = list.Sort((a, b) => a.Participant.CompareTo(b.Participant));

        // Flat copies for the merge in ConsensusContext: no entry is dereferenced per reading.
        var ids = new string[Entries.Length];
        var groupOf = new sbyte[Entries.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var entry = Entries[i];
            ids[i] = entry.Participant.Value;
            groupOf[i] = entry.Decides ? (sbyte)entry.Group : NotDeciding;
            DecidingCount += entry.Decides ? 1 : 0;
        }

        Ids = ids;
        Groups = groupOf;
    }

    /// <summary>The declared stakeholder groups, in enum order.</summary>
    public ImmutableArray<StakeholderGroup> DeclaredGroups { get; }

    /// <summary>The participants, sorted by participant id.</summary>
    public ImmutableArray<RosterEntry> Entries { get; }

    /// <summary>The participants whose positions decide (members and subgroup coordinators), sorted by id.</summary>
    public IEnumerable<RosterEntry> DecidingMembers => Entries.Where(e => e.Decides);

    /// <summary>The number of deciding members.</summary>
    internal int DecidingCount { get; }

    /// <summary>The participant id of each entry, in the order of <see cref="Entries"/>.</summary>
    internal string[] Ids { get; }

    /// <summary>The stakeholder group of each deciding entry, or <see cref="NotDeciding"/>, in the order of <see cref="Entries"/>.</summary>
    internal sbyte[] Groups { get; }

    /// <summary>Finds a participant.</summary>
    /// <param name="participant">The participant id.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns>Whether the participant is on the roster.</returns>
    public bool TryGet(ParticipantId participant, out RosterEntry? entry) => _byId.TryGetValue(participant, out entry);

    /// <summary>Whether a participant is on the roster.</summary>
    /// <param name="participant">The participant id.</param>
    /// <returns>Whether the participant is on the roster.</returns>
    public bool Contains(ParticipantId participant) => _byId.ContainsKey(participant);

    /// <summary>Returns a copy with one more participant.</summary>
    /// <param name="entry">The new entry.</param>
    /// <returns>A new roster.</returns>
    public Roster PlusEntry(RosterEntry entry) => new(DeclaredGroups, Entries.Add(Preconditions.NotNull(entry)));

    /// <inheritdoc/>
    public bool Equals(Roster? other) =>
        other is not null && Immutable.SequenceEqual(DeclaredGroups, other.DeclaredGroups) && Immutable.SequenceEqual(Entries, other.Entries);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Roster);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Immutable.SequenceHash(DeclaredGroups), Immutable.SequenceHash(Entries));
}
