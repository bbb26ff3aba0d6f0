using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Consensus;

/// <summary>
/// The record of every objection and its dispositions. An objection at a reading that the ledger
/// does not hold is open.
/// </summary>
/// <remarks>
/// Records are kept sorted by recommendation, meeting and objector; at most one record per triple.
/// Equality is by content. Immutable and thread-safe. <see cref="Empty"/> holds no record.
/// </remarks>
public sealed class ObjectionLedger : IEquatable<ObjectionLedger>
{
    // Where the records of each reading start and how many there are: a context finds its own in one lookup.
    private readonly Dictionary<(RecommendationId, int), (int Start, int Count)> _byReading;

    /// <summary>Creates a ledger.</summary>
    /// <param name="records">The records; one per recommendation, meeting and objector.</param>
    /// <exception cref="ArgumentException">A record is null or duplicated.</exception>
    public ObjectionLedger(IEnumerable<ObjectionRecord> records)
    {
        var list = Immutable.ToArrayChecked(records, nameof(records));
        var seen = new HashSet<(RecommendationId, int, ParticipantId)>();
        for (var i = 0; i < list.Length; i++)
        {
            var r = list[i];
            if (!seen.Add((r.Recommendation, r.Meeting, r.Objector)))
            {
                throw new DomainValidationException("duplicate", $"the objection by '{r.Objector}' to '{r.Recommendation}' at meeting {r.Meeting.ToString(CultureInfo.InvariantCulture)} is recorded twice.", nameof(records), $"records[{i.ToString(CultureInfo.InvariantCulture)}]");
            }
        }

        Records = list.Sort(Compare);
        _byReading = new Dictionary<(RecommendationId, int), (int Start, int Count)>();
        for (var start = 0; start < Records.Length;)
        {
            var end = start + 1;
            while (end < Records.Length && Records[end].Recommendation == Records[start].Recommendation && Records[end].Meeting == Records[start].Meeting)
            {
                end++;
            }

            _byReading.Add((Records[start].Recommendation, Records[start].Meeting), (start, end - start));
            start = end;
        }
    }

    /// <summary>The empty ledger.</summary>
    public static ObjectionLedger Empty { get; } = new(ImmutableArray<ObjectionRecord>.Empty);

    /// <summary>The records, sorted by recommendation, meeting and objector.</summary>
    public ImmutableArray<ObjectionRecord> Records { get; }

    /// <summary>The current disposition of an objection; open when the ledger has no record of it.</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <param name="meeting">The meeting ordinal.</param>
    /// <param name="objector">The objector.</param>
    /// <returns>The current disposition.</returns>
    public ObjectionDisposition DispositionOf(RecommendationId recommendation, int meeting, ParticipantId objector)
    {
        var (start, count) = RecordsOf(recommendation, meeting);
        for (var i = start; i < start + count; i++)
        {
            if (Records[i].Objector == objector)
            {
                return Records[i].Current;
            }
        }

        return ObjectionDisposition.Open;
    }

    /// <summary>The records of one reading: where they start in <see cref="Records"/> and how many (sorted by objector).</summary>
    internal (int Start, int Count) RecordsOf(RecommendationId recommendation, int meeting) =>
        _byReading.Count != 0 && _byReading.TryGetValue((recommendation, meeting), out var range) ? range : default;

    /// <summary>Returns a copy where the record of the same objection is replaced, or the record added.</summary>
    /// <param name="record">The record.</param>
    /// <returns>A new ledger.</returns>
    public ObjectionLedger WithRecord(ObjectionRecord record)
    {
        Preconditions.NotNull(record);
        return new ObjectionLedger(Records.RemoveAll(r => r.Recommendation == record.Recommendation && r.Meeting == record.Meeting && r.Objector == record.Objector).Add(record));
    }

    /// <inheritdoc/>
    public bool Equals(ObjectionLedger? other) => other is not null && Immutable.SequenceEqual(Records, other.Records);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ObjectionLedger);

    /// <inheritdoc/>
    public override int GetHashCode() => Immutable.SequenceHash(Records);

    private static int Compare(ObjectionRecord a, ObjectionRecord b)
    {
        var c = a.Recommendation.CompareTo(b.Recommendation);
        if (c != 0)
        {
            return c;
        }

        c = a.Meeting.CompareTo(b.Meeting);
        return c != 0 ? c : a.Objector.CompareTo(b.Objector);
    }
}
