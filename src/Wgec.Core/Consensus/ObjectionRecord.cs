using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Consensus;

/// <summary>
/// An objection raised on a recommendation at a meeting, with the chronological list of the
/// dispositions it received. Its current disposition is the last one, or open when none.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class ObjectionRecord : IEquatable<ObjectionRecord>
{
    /// <summary>Creates a record.</summary>
    /// <param name="recommendation">The recommendation objected to.</param>
    /// <param name="meeting">The ordinal of the meeting where it was raised.</param>
    /// <param name="objector">The objector.</param>
    /// <param name="dispositions">The dispositions, in chronological order (instants never decrease).</param>
    /// <exception cref="ArgumentException">An id is default, the meeting not positive, or the dispositions out of order.</exception>
    public ObjectionRecord(RecommendationId recommendation, int meeting, ParticipantId objector, IEnumerable<DispositionRecord> dispositions)
    {
        if (recommendation.Value.Length == 0 || objector.Value.Length == 0)
        {
            throw new DomainValidationException("required", "an objection record needs a recommendation and an objector.", recommendation.Value.Length == 0 ? nameof(recommendation) : nameof(objector));
        }

        Preconditions.Positive(meeting);
        var list = Immutable.ToArrayChecked(dispositions, nameof(dispositions));
        for (var i = 1; i < list.Length; i++)
        {
            if (list[i].At < list[i - 1].At)
            {
                throw new DomainValidationException("out-of-order", $"disposition {DomainWords.Place(i)} of the objection by '{objector}' is earlier than the one before it.", nameof(dispositions), $"dispositions[{i.ToString(CultureInfo.InvariantCulture)}].at");
            }
        }

        Recommendation = recommendation;
        Meeting = meeting;
        Objector = objector;
        Dispositions = list;
    }

    /// <summary>The recommendation objected to.</summary>
    public RecommendationId Recommendation { get; }

    /// <summary>The ordinal of the meeting where it was raised.</summary>
    public int Meeting { get; }

    /// <summary>The objector.</summary>
    public ParticipantId Objector { get; }

    /// <summary>The dispositions, in chronological order.</summary>
    public ImmutableArray<DispositionRecord> Dispositions { get; }

    /// <summary>The current disposition: the last one, or <see cref="ObjectionDisposition.Open"/> when none.</summary>
    public ObjectionDisposition Current => Dispositions.IsEmpty ? ObjectionDisposition.Open : Dispositions[Dispositions.Length - 1].Disposition;

    /// <summary>Returns a copy with one more disposition.</summary>
    /// <param name="disposition">The new disposition, not earlier than the last.</param>
    /// <returns>A new record.</returns>
    public ObjectionRecord PlusDisposition(DispositionRecord disposition) =>
        new(Recommendation, Meeting, Objector, Dispositions.Add(Preconditions.NotNull(disposition)));

    /// <inheritdoc/>
    public bool Equals(ObjectionRecord? other) =>
        other is not null && Recommendation == other.Recommendation && Meeting == other.Meeting && Objector == other.Objector
        && Immutable.SequenceEqual(Dispositions, other.Dispositions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ObjectionRecord);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Recommendation, Meeting, Objector, Immutable.SequenceHash(Dispositions));
}
