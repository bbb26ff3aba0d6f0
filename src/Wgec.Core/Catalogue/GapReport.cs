using System;
using System.Collections.Generic;
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
    /// <summary>Creates a report.</summary>
    /// <param name="issues">The issue gaps, ranked 1..N in order.</param>
    /// <param name="areas">The area gaps, ranked 1..N in order.</param>
    /// <param name="issuesAnalysed">How many issues were analysed; at least as many as the issue gaps.</param>
    /// <param name="areasAnalysed">How many areas were analysed; at least as many as the area gaps.</param>
    /// <exception cref="DomainValidationException">A gap is in the wrong list, the ranks are not 1..N, a number repeats, or fewer were analysed than found.</exception>
    public GapReport(IEnumerable<Gap> issues, IEnumerable<Gap> areas, int issuesAnalysed, int areasAnalysed)
    {
        var issueList = Immutable.ToArrayChecked(issues, nameof(issues));
        var areaList = Immutable.ToArrayChecked(areas, nameof(areas));
        Check(issueList, MappingTargetKind.Issue, issuesAnalysed, nameof(issues));
        Check(areaList, MappingTargetKind.Area, areasAnalysed, nameof(areas));
        Issues = issueList;
        Areas = areaList;
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

    private static void Check(ImmutableArray<Gap> gaps, MappingTargetKind kind, int analysed, string paramName)
    {
        if (analysed < gaps.Length)
        {
            throw new DomainValidationException("gaps-exceed-analysed", $"{gaps.Length} {DomainWords.Of(kind)} gaps cannot come from {analysed} analysed.", paramName);
        }

        var numbers = new HashSet<int>();
        for (var i = 0; i < gaps.Length; i++)
        {
            var location = $"{paramName}[{i}]";
            if (gaps[i].Target != kind)
            {
                throw new DomainValidationException("gap-kind", $"{DomainWords.Entry(paramName, i)} is a gap of {DomainWords.Of(gaps[i].Target)} {gaps[i].Number}, not of an {DomainWords.Of(kind)}.", paramName, location + ".target");
            }

            if (gaps[i].Rank != i + 1)
            {
                throw new DomainValidationException("gap-rank", $"{DomainWords.Entry(paramName, i)} has rank {gaps[i].Rank}; gaps are listed by rank 1..N.", paramName, location + ".rank");
            }

            if (!numbers.Add(gaps[i].Number))
            {
                throw new DomainValidationException("duplicate-gap", $"{DomainWords.Of(kind)} {gaps[i].Number} is listed twice.", paramName, location + ".number");
            }
        }
    }

}
