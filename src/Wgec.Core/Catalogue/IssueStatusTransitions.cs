using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Wgec.Core.Catalogue;

/// <summary>
/// The allowed moves between <see cref="IssueStatus"/> values, as a data table:
/// Listed → UnderReview | Withdrawn; UnderReview → Mapped | GapIdentified | Withdrawn;
/// Mapped → UnderReview | GapIdentified; GapIdentified → UnderReview | Mapped; Withdrawn → Listed.
/// Staying in the same status is not a transition.
/// </summary>
public static class IssueStatusTransitions
{
    /// <summary>The allowed transitions: for each status, the statuses it may move to, in enum order.</summary>
    public static ImmutableSortedDictionary<IssueStatus, ImmutableArray<IssueStatus>> Table { get; } = new Dictionary<IssueStatus, ImmutableArray<IssueStatus>>
    {
        [IssueStatus.Listed] = [IssueStatus.UnderReview, IssueStatus.Withdrawn],
        [IssueStatus.UnderReview] = [IssueStatus.Mapped, IssueStatus.GapIdentified, IssueStatus.Withdrawn],
        [IssueStatus.Mapped] = [IssueStatus.UnderReview, IssueStatus.GapIdentified],
        [IssueStatus.GapIdentified] = [IssueStatus.UnderReview, IssueStatus.Mapped],
        [IssueStatus.Withdrawn] = [IssueStatus.Listed],

        // A row whose status the source left blank may be given any recorded status.
        [IssueStatus.NotRecorded] = [IssueStatus.Listed, IssueStatus.UnderReview, IssueStatus.Mapped, IssueStatus.GapIdentified, IssueStatus.Withdrawn],
    }.ToImmutableSortedDictionary();

    /// <summary>Whether an issue may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The next status.</param>
    /// <returns>Whether the table allows it.</returns>
    public static bool IsAllowed(IssueStatus from, IssueStatus to) =>
        Table.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>The statuses reachable in one move from <paramref name="from"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <returns>The next statuses, in enum order; empty for an undefined status.</returns>
    public static ImmutableArray<IssueStatus> AllowedFrom(IssueStatus from) =>
        Table.TryGetValue(from, out var next) ? next : ImmutableArray<IssueStatus>.Empty;

    /// <summary>Throws unless the move is allowed.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The next status.</param>
    /// <exception cref="DomainValidationException">The move is not in the table; the message names both statuses and the allowed ones.</exception>
    public static void EnsureAllowed(IssueStatus from, IssueStatus to)
    {
        if (!IsAllowed(from, to))
        {
            var allowed = AllowedFrom(from);
            var list = allowed.IsEmpty ? "none" : string.Join(", ", allowed.Select(s => DomainWords.Of(s)));
            throw new DomainValidationException("illegal-status-transition", $"an issue cannot move from {DomainWords.Of(from)} to {DomainWords.Of(to)}; from {DomainWords.Of(from)} it may move to: {list}.", nameof(to));
        }
    }
}
