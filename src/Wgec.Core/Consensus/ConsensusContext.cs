using System;
using System.Collections.Immutable;
using System.Globalization;
using Wgec.Core.Process;

namespace Wgec.Core.Consensus;

/// <summary>
/// What a rule evaluates: a reading, the roster that gives each participant a group and a
/// standing, and the objection ledger that gives each objection its disposition.
/// </summary>
/// <remarks>
/// Built in one pass: the positions and the roster, both sorted by participant, are merged, and
/// each deciding member's state is counted per stakeholder group; the built-in rules decide from
/// these counts. <see cref="Members"/> is made on first use. Equality is by content. Immutable and
/// thread-safe.
/// </remarks>
public sealed class ConsensusContext : IEquatable<ConsensusContext>
{
    // Position kinds are 0 (unspecified) to 6 (absent).
    private const int KindsPerGroup = 8;

    private readonly GroupTally _governments;
    private readonly GroupTally _privateSector;
    private readonly GroupTally _civilSociety;
    private readonly GroupTally _technicalAndAcademic;
    private readonly GroupTally _intergovernmental;
    private ImmutableArray<MemberPosition> _members;

    /// <summary>Creates a context.</summary>
    /// <param name="reading">The reading.</param>
    /// <param name="roster">The roster; every participant with a position must be on it.</param>
    /// <param name="ledger">The objection ledger; <see langword="null"/> for <see cref="ObjectionLedger.Empty"/> (every objection open).</param>
    /// <exception cref="ArgumentException">A position belongs to a participant who is not on the roster.</exception>
    public ConsensusContext(Reading reading, Roster roster, ObjectionLedger? ledger = null)
    {
        Preconditions.NotNull(reading);
        Preconditions.NotNull(roster);
        Reading = reading;
        Roster = roster;
        Ledger = ledger ?? ObjectionLedger.Empty;

        var ids = roster.Ids;
        var groupOf = roster.Groups;
        var positions = reading.Positions.AsSpan();
        var records = Ledger.Records;
        var (record, recordCount) = Ledger.RecordsOf(reading.Recommendation, reading.Meeting);
        var recordEnd = record + recordCount;

        // One count per group and position kind; objections also by disposition.
        Span<int> byKind = stackalloc int[KindsPerGroup * 5];
        Span<int> sustained = stackalloc int[5];
        int open = 0, votesAgainst = 0, entry = 0;
        for (var p = 0; p < positions.Length; p++)
        {
            var position = positions[p];
            var id = position.Participant.Value;

            // Both lists are sorted by participant: entries passed over have no position (absent).
            while (true)
            {
                if (entry < ids.Length)
                {
                    var known = ids[entry];
                    if ((object)known == id || string.Equals(known, id, StringComparison.Ordinal))
                    {
                        break;
                    }

                    if (string.CompareOrdinal(known, id) < 0)
                    {
                        entry++;
                        continue;
                    }
                }

                throw new DomainValidationException("unknown-participant", $"participant '{id}' has a position on '{reading.Recommendation}' but is not on the roster.", nameof(reading), $"positions[{p.ToString(CultureInfo.InvariantCulture)}].participant");
            }

            var group = groupOf[entry++];
            if (group == Roster.NotDeciding)
            {
                continue;
            }

            var kind = position.Kind;
            byKind[(group * KindsPerGroup) + (int)kind]++;
            if (kind != PositionKind.Objection)
            {
                continue;
            }

            while (record < recordEnd && string.CompareOrdinal(records[record].Objector.Value, id) < 0)
            {
                record++;
            }

            var disposition = record < recordEnd && string.Equals(records[record].Objector.Value, id, StringComparison.Ordinal) ? records[record].Current : ObjectionDisposition.Open;
            switch (disposition)
            {
                case ObjectionDisposition.Open:
                    open++;
                    votesAgainst++;
                    break;
                case ObjectionDisposition.Sustained:
                    sustained[group]++;
                    votesAgainst++;
                    break;
                case ObjectionDisposition.AddressedNotAccommodated:
                    votesAgainst++;
                    break;
            }
        }

        _governments = new GroupTally(byKind, sustained, StakeholderGroup.Governments);
        _privateSector = new GroupTally(byKind, sustained, StakeholderGroup.PrivateSector);
        _civilSociety = new GroupTally(byKind, sustained, StakeholderGroup.CivilSociety);
        _technicalAndAcademic = new GroupTally(byKind, sustained, StakeholderGroup.TechnicalAndAcademic);
        _intergovernmental = new GroupTally(byKind, sustained, StakeholderGroup.IntergovernmentalAndInternational);
        Present = _governments.Present + _privateSector.Present + _civilSociety.Present + _technicalAndAcademic.Present + _intergovernmental.Present;
        Supporters = _governments.Supporters + _privateSector.Supporters + _civilSociety.Supporters + _technicalAndAcademic.Supporters + _intergovernmental.Supporters;
        SustainedObjections = _governments.Sustained + _privateSector.Sustained + _civilSociety.Sustained + _technicalAndAcademic.Sustained + _intergovernmental.Sustained;
        OpenObjections = open;
        VotesAgainst = votesAgainst;
    }

    /// <summary>The reading.</summary>
    public Reading Reading { get; }

    /// <summary>The roster.</summary>
    public Roster Roster { get; }

    /// <summary>The objection ledger.</summary>
    public ObjectionLedger Ledger { get; }

    /// <summary>
    /// Every deciding member of the roster (members and subgroup coordinators) with their position at
    /// this reading, sorted by participant id; members without a position are absent. Observers,
    /// the chair and the secretariat are not here: their positions are recorded, never counted.
    /// </summary>
    public ImmutableArray<MemberPosition> Members
    {
        get
        {
            if (_members.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _members, MakeMembers(Reading, Roster, Ledger));
            }

            return _members;
        }
    }

    /// <summary>The number of deciding members.</summary>
    internal int MemberCount => Roster.DecidingCount;

    /// <summary>Deciding members present (any position but absent).</summary>
    internal int Present { get; }

    /// <summary>Deciding members in support (with or without a reservation).</summary>
    internal int Supporters { get; }

    /// <summary>Deciding members whose objection is open.</summary>
    internal int OpenObjections { get; }

    /// <summary>Deciding members whose objection is sustained.</summary>
    internal int SustainedObjections { get; }

    /// <summary>Deciding members whose objection is open, sustained, or addressed but not accommodated.</summary>
    internal int VotesAgainst { get; }

    /// <summary>Deciding members who hold an open or sustained objection.</summary>
    internal int BlockingObjections => OpenObjections + SustainedObjections;

    /// <summary>Returns a copy with another reading, against the same roster and ledger.</summary>
    /// <param name="reading">The reading.</param>
    /// <returns>A new context.</returns>
    public ConsensusContext WithReading(Reading reading) => new(reading, Roster, Ledger);

    /// <inheritdoc/>
    public bool Equals(ConsensusContext? other) =>
        other is not null && Reading.Equals(other.Reading) && Roster.Equals(other.Roster) && Ledger.Equals(other.Ledger);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConsensusContext);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Reading, Roster, Ledger);

    /// <summary>The counts of one stakeholder group's deciding members.</summary>
    internal GroupTally InGroup(StakeholderGroup group) => group switch
    {
        StakeholderGroup.Governments => _governments,
        StakeholderGroup.PrivateSector => _privateSector,
        StakeholderGroup.CivilSociety => _civilSociety,
        StakeholderGroup.TechnicalAndAcademic => _technicalAndAcademic,
        _ => _intergovernmental,
    };

    private static ImmutableArray<MemberPosition> MakeMembers(Reading reading, Roster roster, ObjectionLedger ledger)
    {
        var members = ImmutableArray.CreateBuilder<MemberPosition>(roster.DecidingCount);
        var positions = reading.Positions;
        var (record, count) = ledger.RecordsOf(reading.Recommendation, reading.Meeting);
        var recordEnd = record + count;
        var p = 0;
        foreach (var entry in roster.Entries)
        {
            while (p < positions.Length && positions[p].Participant.CompareTo(entry.Participant) < 0)
            {
                p++;
            }

            var position = p < positions.Length && positions[p].Participant == entry.Participant ? positions[p] : null;
            if (!entry.Decides)
            {
                continue;
            }

            ObjectionDisposition? disposition = null;
            if (position?.Kind == PositionKind.Objection)
            {
                while (record < recordEnd && ledger.Records[record].Objector.CompareTo(entry.Participant) < 0)
                {
                    record++;
                }

                disposition = record < recordEnd && ledger.Records[record].Objector == entry.Participant ? ledger.Records[record].Current : ObjectionDisposition.Open;
            }

            members.Add(new MemberPosition(entry, position, disposition));
        }

        return members.MoveToImmutable();
    }

    /// <summary>How many of a group's deciding members are present, in support, and sustaining an objection.</summary>
    internal readonly struct GroupTally
    {
        internal GroupTally(ReadOnlySpan<int> byKind, ReadOnlySpan<int> sustained, StakeholderGroup group)
        {
            var kinds = byKind.Slice((int)group * KindsPerGroup, KindsPerGroup);
            Supporters = kinds[(int)PositionKind.Support] + kinds[(int)PositionKind.SupportWithReservation];
            Present = Supporters + kinds[(int)PositionKind.NoObjection] + kinds[(int)PositionKind.Abstain] + kinds[(int)PositionKind.Objection];
            Sustained = sustained[(int)group];
        }

        /// <summary>Members present.</summary>
        internal int Present { get; }

        /// <summary>Members in support.</summary>
        internal int Supporters { get; }

        /// <summary>Members sustaining an objection.</summary>
        internal int Sustained { get; }
    }
}
