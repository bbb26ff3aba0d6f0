using System;
using System.Collections.Immutable;
using Wgec.Core.Internal;

namespace Wgec.Core.Catalogue;

/// <summary>
/// The result of a gap analysis: uncovered and partially covered issues and areas, each list ranked
/// by breadth of concern (see <see cref="GapAnalysis"/>).
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class GapReport : IEquatable<GapReport>
{
    internal GapReport(ImmutableArray<Gap> issues, ImmutableArray<Gap> areas, int issuesAnalysed, int areasAnalysed)
    {
        Issues = issues;
        Areas = areas;
        IssuesAnalysed = issuesAnalysed;
        AreasAnalysed = areasAnalysed;
    }

    /// <summary>The issue gaps, by rank.</summary>
    public ImmutableArray<Gap> Issues { get; }

    /// <summary>The area gaps, by rank.</summary>
    public ImmutableArray<Gap> Areas { get; }

    /// <summary>How many issues were analysed (withdrawn issues are not).</summary>
    public int IssuesAnalysed { get; }

    /// <summary>How many areas were analysed.</summary>
    public int AreasAnalysed { get; }

    /// <inheritdoc/>
    public bool Equals(GapReport? other) =>
        other is not null
        && IssuesAnalysed == other.IssuesAnalysed
        && AreasAnalysed == other.AreasAnalysed
        && Immutable.SequenceEqual(Issues, other.Issues)
        && Immutable.SequenceEqual(Areas, other.Areas);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GapReport);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IssuesAnalysed, AreasAnalysed, Immutable.SequenceHash(Issues), Immutable.SequenceHash(Areas));
}
