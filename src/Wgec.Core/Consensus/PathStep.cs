using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;
using Wgec.Core.Process;

namespace Wgec.Core.Consensus;

/// <summary>
/// One step of a <see cref="ConsensusPath"/>: on one recommendation's reading, <see cref="Count"/> of the
/// <see cref="Candidates"/> (members of one stakeholder group who start from the same position) come
/// to support. Any <see cref="Count"/> of them will do: the rules count them alike.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class PathStep : IEquatable<PathStep>
{
    /// <summary>Creates a step.</summary>
    /// <param name="recommendation">The recommendation whose reading changes.</param>
    /// <param name="group">The stakeholder group of the candidates.</param>
    /// <param name="start">Where the candidates start from.</param>
    /// <param name="count">How many of them must move; at least 1 and at most the candidates.</param>
    /// <param name="candidates">The members who could make the move, each of <paramref name="group"/>.</param>
    /// <param name="dispositionSuffices">For objections: whether withdrawing or accommodating them would do instead of support.</param>
    /// <exception cref="ArgumentException">A rule above is broken.</exception>
    public PathStep(RecommendationId recommendation, StakeholderGroup group, PathStart start, int count, IEnumerable<RosterEntry> candidates, bool dispositionSuffices = false)
    {
        if (recommendation.Value.Length == 0)
        {
            throw new DomainValidationException("required", "a path step needs a recommendation id.", nameof(recommendation));
        }

        Group = Preconditions.Defined(group);
        Start = Specified.Check(start, nameof(start), "where the members start from");
        var list = Immutable.ToArrayChecked(candidates, nameof(candidates)).Sort((a, b) => a.Participant.CompareTo(b.Participant));
        if (count < 1 || count > list.Length)
        {
            throw new DomainValidationException("out-of-range", $"a path step moves between 1 and its {list.Length} candidate(s), not {count}.", nameof(count));
        }

        if (list.Any(e => e.Group != group))
        {
            throw new DomainValidationException("mixed-groups", "the candidates of a path step belong to its stakeholder group.", nameof(candidates));
        }

        Recommendation = recommendation;
        Count = count;
        Candidates = list;
        DispositionSuffices = dispositionSuffices && start is PathStart.OpenObjection or PathStart.SustainedObjection or PathStart.AddressedObjection;
    }

    /// <summary>The recommendation whose reading changes.</summary>
    public RecommendationId Recommendation { get; }

    /// <summary>The stakeholder group of the candidates.</summary>
    public StakeholderGroup Group { get; }

    /// <summary>Where the candidates start from.</summary>
    public PathStart Start { get; }

    /// <summary>How many of the candidates must come to support.</summary>
    public int Count { get; }

    /// <summary>The members who could make the move, sorted by id.</summary>
    public ImmutableArray<RosterEntry> Candidates { get; }

    /// <summary>For objections: whether a disposition that unblocks them (withdrawn or accommodated) would do instead of support.</summary>
    public bool DispositionSuffices { get; }

    /// <inheritdoc/>
    public bool Equals(PathStep? other) =>
        other is not null && Recommendation == other.Recommendation && Group == other.Group && Start == other.Start && Count == other.Count
        && Immutable.SequenceEqual(Candidates, other.Candidates) && DispositionSuffices == other.DispositionSuffices;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PathStep);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Recommendation, Group, Start, Count, Immutable.SequenceHash(Candidates));

    /// <summary>The step as a chair would say it, e.g. "A-1: India (g2, governments), sustained objection: withdrawn or accommodated, or support".</summary>
    /// <returns>The step as text.</returns>
    public override string ToString()
    {
        var group = DomainWords.Of(Group);
        var names = string.Join("; ", Candidates.Select(e => e.Name is null ? $"{e.Participant} ({group})" : $"{e.Name} ({e.Participant}, {group})"));
        var what = Start switch
        {
            PathStart.OpenObjection => "open objection",
            PathStart.SustainedObjection => "sustained objection",
            PathStart.AddressedObjection => "objection addressed but not accommodated",
            PathStart.NotSupporting => "present without supporting",
            _ => "absent",
        };
        var move = DispositionSuffices ? "withdrawn or accommodated, or support" : Start == PathStart.Absent ? "attend and support" : "support";
        var who = Count == Candidates.Length ? names : FormattableString.Invariant($"{Count} of {names}");
        return $"{Recommendation}: {who}, {what}: {move}";
    }
}
