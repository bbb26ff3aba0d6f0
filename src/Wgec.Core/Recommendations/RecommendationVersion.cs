using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Recommendations;

/// <summary>
/// One text version of a recommendation, with the fields that let a reader check the Chair's
/// criteria: What (the action), How (the mechanism or means) and Who (the responsible actors);
/// its order in a sequence and the recommendations it depends on; the catalogue issues it answers;
/// and who proposed it.
/// </summary>
/// <remarks>
/// <see cref="Who"/> keeps the given order; <see cref="DependsOn"/> and <see cref="CatalogueIssues"/>
/// are sorted. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class RecommendationVersion : IEquatable<RecommendationVersion>
{
    /// <summary>Creates a version.</summary>
    /// <param name="number">The version number, 1 for the first.</param>
    /// <param name="text">The text.</param>
    /// <param name="proposer">Who proposed this version.</param>
    /// <param name="what">The action, if stated.</param>
    /// <param name="how">The mechanism or means, if stated.</param>
    /// <param name="who">The responsible actors; may be empty.</param>
    /// <param name="sequenceOrder">Its position in the sequence of its group (1 first), if sequenced.</param>
    /// <param name="dependsOn">The recommendations that must come first; never itself is checked by <see cref="Recommendation"/>.</param>
    /// <param name="catalogueIssues">The numbers of the catalogue issues it answers; each positive, no duplicates.</param>
    /// <exception cref="ArgumentException">A text is blank, a number not positive, or a list holds duplicates.</exception>
    public RecommendationVersion(
        int number,
        string text,
        ParticipantId proposer,
        string? what = null,
        string? how = null,
        IEnumerable<string>? who = null,
        int? sequenceOrder = null,
        IEnumerable<RecommendationId>? dependsOn = null,
        IEnumerable<int>? catalogueIssues = null)
    {
        Preconditions.Positive(number);
        Preconditions.NotBlank(text);
        if (proposer.Value.Length == 0)
        {
            throw new DomainValidationException("required", "a version records its proposer.", nameof(proposer));
        }

        if (sequenceOrder is { } order)
        {
            Preconditions.Positive(order, nameof(sequenceOrder));
        }

        var actors = Immutable.ToArrayOrEmpty(who, nameof(who));
        for (var i = 0; i < actors.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(actors[i]))
            {
                throw new DomainValidationException("blank", $"responsible actor {DomainWords.Place(i)} is blank.", nameof(who), $"who[{i}]");
            }
        }

        var deps = Immutable.ToArrayOrEmpty(dependsOn, nameof(dependsOn));
        if (deps.Distinct().Count() != deps.Length)
        {
            throw new DomainValidationException("duplicate", "a dependency is listed twice.", nameof(dependsOn));
        }

        var issues = Immutable.ToArrayOrEmpty(catalogueIssues, nameof(catalogueIssues));
        if (issues.Any(n => n <= 0) || issues.Distinct().Count() != issues.Length)
        {
            throw new DomainValidationException("invalid-issue-number", "catalogue issue numbers are positive and listed once.", nameof(catalogueIssues));
        }

        Number = number;
        Text = text.Trim();
        Proposer = proposer;
        What = Blank(what);
        How = Blank(how);
        Who = actors.Select(a => a.Trim()).ToImmutableArray();
        SequenceOrder = sequenceOrder;
        DependsOn = deps.Sort();
        CatalogueIssues = issues.Sort();
    }

    /// <summary>The version number, 1 for the first.</summary>
    public int Number { get; }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Who proposed this version.</summary>
    public ParticipantId Proposer { get; }

    /// <summary>What: the action, or <see langword="null"/> when not stated.</summary>
    public string? What { get; }

    /// <summary>How: the mechanism or means, or <see langword="null"/> when not stated.</summary>
    public string? How { get; }

    /// <summary>Who: the responsible actors, in the given order.</summary>
    public ImmutableArray<string> Who { get; }

    /// <summary>Its position in the sequence of its group, or <see langword="null"/> when not sequenced.</summary>
    public int? SequenceOrder { get; }

    /// <summary>The recommendations that must come first, sorted.</summary>
    public ImmutableArray<RecommendationId> DependsOn { get; }

    /// <summary>The numbers of the catalogue issues it answers, sorted.</summary>
    public ImmutableArray<int> CatalogueIssues { get; }

    /// <summary>Whether What, How and Who are all stated: the Chair's "implementable" needs them.</summary>
    public bool StatesWhatHowWho => What is not null && How is not null && !Who.IsEmpty;

    /// <summary>Whether it has a place in a sequence: the Chair's "sequenced".</summary>
    public bool IsSequenced => SequenceOrder.HasValue;

    /// <inheritdoc/>
    public bool Equals(RecommendationVersion? other) =>
        other is not null && Number == other.Number && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Proposer == other.Proposer && string.Equals(What, other.What, StringComparison.Ordinal)
        && string.Equals(How, other.How, StringComparison.Ordinal) && Immutable.SequenceEqual(Who, other.Who)
        && SequenceOrder == other.SequenceOrder && Immutable.SequenceEqual(DependsOn, other.DependsOn)
        && Immutable.SequenceEqual(CatalogueIssues, other.CatalogueIssues);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RecommendationVersion);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, StringComparer.Ordinal.GetHashCode(Text), Proposer, SequenceOrder, Immutable.SequenceHash(DependsOn));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
