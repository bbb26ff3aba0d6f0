using System;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Catalogue;

/// <summary>
/// Counts of a consolidation as a source states them, without the records behind them, e.g. the
/// Chair's report: 483 items from the questionnaire, catalogue rows numbered up to 215.
/// </summary>
/// <remarks>
/// Equality is by content. There is no default value (a class). Immutable and thread-safe.
/// </remarks>
public sealed class DeclaredCounts : IEquatable<DeclaredCounts>
{
    /// <summary>Creates declared counts.</summary>
    /// <param name="itemsIn">The number of raw items stated (0 or more).</param>
    /// <param name="issuesOut">The number of catalogue issues stated (0 or more).</param>
    /// <param name="source">Where the counts are stated.</param>
    /// <exception cref="ArgumentException">A count is negative or the source is null.</exception>
    public DeclaredCounts(int itemsIn, int issuesOut, SourceReference source)
    {
        Preconditions.NotNegative(itemsIn);
        Preconditions.NotNegative(issuesOut);
        Preconditions.NotNull(source);
        ItemsIn = itemsIn;
        IssuesOut = issuesOut;
        Source = source;
    }

    /// <summary>The number of raw items stated.</summary>
    public int ItemsIn { get; }

    /// <summary>The number of catalogue issues stated.</summary>
    public int IssuesOut { get; }

    /// <summary>Where the counts are stated.</summary>
    public SourceReference Source { get; }

    /// <inheritdoc/>
    public bool Equals(DeclaredCounts? other) =>
        other is not null && ItemsIn == other.ItemsIn && IssuesOut == other.IssuesOut && Source.Equals(other.Source);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DeclaredCounts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ItemsIn, IssuesOut, Source);

    /// <summary>The counts, e.g. "483 items → 215 issues".</summary>
    /// <returns>The counts as text.</returns>
    public override string ToString() => $"{ItemsIn} items → {IssuesOut} issues";
}
