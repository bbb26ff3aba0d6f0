using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Internal;

namespace Wgec.Core.Consultation;

/// <summary>What folding a stream of responses gives: the distribution, the count matrix, counters, and the bad records met.</summary>
/// <remarks>
/// The distribution and matrix equal what <see cref="ConsultationPivots"/> gives on a
/// <see cref="ConsultationRecord"/> holding the same valid responses. Equality is by content.
/// Immutable and thread-safe.
/// </remarks>
public sealed class ResponseFoldResult : IEquatable<ResponseFoldResult>
{
    /// <summary>Creates a result.</summary>
    /// <param name="distribution">The distribution of respondents with a current response.</param>
    /// <param name="matrix">The question × stakeholder group count matrix.</param>
    /// <param name="folded">How many valid responses were folded (superseded ones included).</param>
    /// <param name="superseded">How many of them were superseded by another submission of the same respondent.</param>
    /// <param name="late">How many of them came after the deadline in force.</param>
    /// <param name="badRecords">The bad records met, in stream order.</param>
    /// <exception cref="ArgumentException">An argument is null or negative.</exception>
    public ResponseFoldResult(CategoryDistribution distribution, CountMatrix matrix, int folded, int superseded, int late, IEnumerable<BadRecord> badRecords)
    {
        Distribution = Preconditions.NotNull(distribution);
        Matrix = Preconditions.NotNull(matrix);
        Folded = Preconditions.NotNegative(folded);
        Superseded = Preconditions.NotNegative(superseded);
        Late = Preconditions.NotNegative(late);
        BadRecords = Immutable.ToArrayChecked(badRecords, nameof(badRecords));
    }

    /// <summary>The distribution of respondents with a current response.</summary>
    public CategoryDistribution Distribution { get; }

    /// <summary>The count matrix.</summary>
    public CountMatrix Matrix { get; }

    /// <summary>How many valid responses were folded.</summary>
    public int Folded { get; }

    /// <summary>How many folded responses were superseded.</summary>
    public int Superseded { get; }

    /// <summary>How many folded responses were late.</summary>
    public int Late { get; }

    /// <summary>The bad records met, in stream order.</summary>
    public ImmutableArray<BadRecord> BadRecords { get; }

    /// <inheritdoc/>
    public bool Equals(ResponseFoldResult? other) =>
        other is not null && Distribution.Equals(other.Distribution) && Matrix.Equals(other.Matrix)
        && Folded == other.Folded && Superseded == other.Superseded && Late == other.Late
        && Immutable.SequenceEqual(BadRecords, other.BadRecords);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ResponseFoldResult);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Distribution, Matrix, Folded, Superseded, Late, BadRecords.Length);
}
