using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Wgec.Core.Catalogue;

/// <summary>
/// A data-quality check of declared counts against the records a catalogue holds. Differences are
/// reported, never silently fixed: a partial record (fewer records than declared) and a
/// contradiction (more records than declared) are told apart.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class DeclaredCountComparison : IEquatable<DeclaredCountComparison>
{
    /// <summary>Creates a comparison.</summary>
    /// <param name="declared">The declared counts.</param>
    /// <param name="recordedItems">The number of raw items recorded.</param>
    /// <param name="recordedIssues">The number of issues recorded.</param>
    /// <exception cref="ArgumentException">The counts are null or a number is negative.</exception>
    public DeclaredCountComparison(DeclaredCounts declared, int recordedItems, int recordedIssues)
    {
        Preconditions.NotNull(declared);
        Preconditions.NotNegative(recordedItems);
        Preconditions.NotNegative(recordedIssues);
        Declared = declared;
        RecordedItems = recordedItems;
        RecordedIssues = recordedIssues;
        var findings = new List<string>();
        Describe(findings, "raw items", declared.ItemsIn, recordedItems);
        Describe(findings, "issues", declared.IssuesOut, recordedIssues);
        Findings = findings.ToImmutableArray();
    }

    /// <summary>The declared counts.</summary>
    public DeclaredCounts Declared { get; }

    /// <summary>The number of raw items the catalogue records.</summary>
    public int RecordedItems { get; }

    /// <summary>The number of issues the catalogue records.</summary>
    public int RecordedIssues { get; }

    /// <summary>Whether the recorded raw items match the declared count.</summary>
    public bool ItemsMatch => RecordedItems == Declared.ItemsIn;

    /// <summary>Whether the recorded issues match the declared count.</summary>
    public bool IssuesMatch => RecordedIssues == Declared.IssuesOut;

    /// <summary>Whether the records contradict the declared counts (more records than declared).</summary>
    public bool IsContradicted => RecordedItems > Declared.ItemsIn || RecordedIssues > Declared.IssuesOut;

    /// <summary>One sentence per count that differs, items first; empty when both match.</summary>
    public ImmutableArray<string> Findings { get; }

    /// <inheritdoc/>
    public bool Equals(DeclaredCountComparison? other) =>
        other is not null && Declared.Equals(other.Declared) && RecordedItems == other.RecordedItems && RecordedIssues == other.RecordedIssues;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DeclaredCountComparison);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Declared, RecordedItems, RecordedIssues);

    internal static DeclaredCountComparison Of(DeclaredCounts declared, int recordedItems, int recordedIssues) =>
        new(declared, recordedItems, recordedIssues);

    private static void Describe(List<string> findings, string what, int declared, int recorded)
    {
        if (recorded < declared)
        {
            findings.Add($"{declared} {what} declared, {recorded} recorded: the record is partial ({declared - recorded} missing).");
        }
        else if (recorded > declared)
        {
            findings.Add($"{declared} {what} declared, but {recorded} recorded: the records contradict the declared count.");
        }
    }
}
