using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Reporting;

/// <summary>
/// The outline of a working group's report, as a public model other renderers (Markdown, HTML, JSON)
/// consume. <see cref="Create"/> builds the WGEC's agreed structure from data: Introduction;
/// Description of the meetings and methodology; one section per group with agreed, to be revisited,
/// no agreement and opinions; Conclusion.
/// </summary>
/// <remarks>Sections keep their order. Equality is by content. Immutable and thread-safe.</remarks>
public sealed class ReportOutline : IEquatable<ReportOutline>
{
    /// <summary>The heading of the agreed recommendations of a group.</summary>
    public const string AgreedHeading = "Agreed recommendations";

    /// <summary>The heading of the recommendations to be revisited.</summary>
    public const string RevisitHeading = "Recommendations to be revisited";

    /// <summary>The heading of the recommendations without agreement.</summary>
    public const string NoAgreementHeading = "No agreement";

    /// <summary>The heading of the opinions of a group.</summary>
    public const string OpinionsHeading = "Opinions";

    /// <summary>Creates an outline.</summary>
    /// <param name="title">The report title.</param>
    /// <param name="sections">The top-level sections; at least one.</param>
    /// <exception cref="ArgumentException">The title is blank or no section is given.</exception>
    public ReportOutline(string title, IEnumerable<ReportSection> sections)
    {
        Preconditions.NotBlank(title);
        Sections = Immutable.ToArrayChecked(sections, nameof(sections));
        if (Sections.IsEmpty)
        {
            throw new DomainValidationException("required", "a report has at least one section.", nameof(sections));
        }

        Title = title.Trim();
    }

    /// <summary>The report title.</summary>
    public string Title { get; }

    /// <summary>The top-level sections.</summary>
    public ImmutableArray<ReportSection> Sections { get; }

    /// <summary>
    /// Builds the agreed structure from data. Within a group, recommendations are listed by sequence
    /// order (unsequenced last), then id. A recommendation's place comes from its resolved outcome when
    /// given, else from its state (draft and under discussion count as to be revisited). Agreed items
    /// list their reservations; the others list why they were not agreed, or the note of their last
    /// recorded outcome. A subsection with nothing in it is left out; every group keeps its heading.
    /// </summary>
    /// <param name="title">The report title.</param>
    /// <param name="introduction">The introduction's paragraphs.</param>
    /// <param name="methodology">The description of the meetings and methodology.</param>
    /// <param name="groups">The groups, in report order.</param>
    /// <param name="recommendations">The recommendations.</param>
    /// <param name="outcomes">The resolved outcomes by recommendation (may be empty).</param>
    /// <param name="opinions">The opinions, each in its group.</param>
    /// <param name="axes">The divergence axes placements refer to.</param>
    /// <param name="conclusion">The conclusion's paragraphs.</param>
    /// <returns>The outline.</returns>
    public static ReportOutline Create(
        string title,
        IEnumerable<string> introduction,
        IEnumerable<string> methodology,
        IEnumerable<ReportGroup> groups,
        IEnumerable<Recommendation> recommendations,
        IReadOnlyDictionary<RecommendationId, ConsensusOutcome> outcomes,
        IEnumerable<Opinion> opinions,
        IEnumerable<DivergenceAxis> axes,
        IEnumerable<string> conclusion)
    {
        Preconditions.NotNull(outcomes);
        var recs = Immutable.ToArrayChecked(recommendations, nameof(recommendations));
        var ops = Immutable.ToArrayChecked(opinions, nameof(opinions));
        var axisByName = Immutable.ToArrayChecked(axes, nameof(axes)).ToDictionary(a => a.Name, StringComparer.Ordinal);
        var sections = new List<ReportSection>
        {
            new("Introduction", introduction),
            new("Description of the meetings and methodology", methodology),
        };
        foreach (var group in Immutable.ToArrayChecked(groups, nameof(groups)))
        {
            sections.Add(GroupSection(group, recs, outcomes, ops, axisByName, [], text => text));
        }

        sections.Add(new ReportSection("Conclusion", conclusion));
        return new ReportOutline(title, sections);
    }

    /// <inheritdoc/>
    public bool Equals(ReportOutline? other) =>
        other is not null && string.Equals(Title, other.Title, StringComparison.Ordinal) && Immutable.SequenceEqual(Sections, other.Sections);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportOutline);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Title), Immutable.SequenceHash(Sections));

    /// <summary>One group's section: its paragraphs, then agreed, to be revisited, no agreement and opinions, each only when it has an item.</summary>
    internal static ReportSection GroupSection(
        ReportGroup group,
        IEnumerable<Recommendation> recommendations,
        IReadOnlyDictionary<RecommendationId, ConsensusOutcome> outcomes,
        IEnumerable<Opinion> opinions,
        Dictionary<string, DivergenceAxis> axisByName,
        IEnumerable<string> paragraphs,
        Func<string, string> cite)
    {
        var placed = recommendations.Where(r => r.Group == group.Key)
            .OrderBy(r => r.Current.SequenceOrder ?? int.MaxValue).ThenBy(r => r.Id)
            .Select(r => (Rec: r, Kind: KindOf(r, outcomes), Outcome: outcomes.TryGetValue(r.Id, out var o) ? o : null)).ToList();
        var groupOpinions = opinions.Where(o => o.Group == group.Key).Select(o => cite(Describe(o, axisByName))).ToList();
        var subsections = new[]
        {
            new { Heading = AgreedHeading, Items = Items(placed, OutcomeKind.Agreed, cite) },
            new { Heading = RevisitHeading, Items = Items(placed, OutcomeKind.ToBeRevisited, cite) },
            new { Heading = NoAgreementHeading, Items = Items(placed, OutcomeKind.NoAgreement, cite) },
            new { Heading = OpinionsHeading, Items = groupOpinions },
        }.Where(s => s.Items.Count > 0).Select(s => new ReportSection(s.Heading, items: s.Items));
        return new ReportSection($"{group.Key}. {group.Title}", paragraphs, subsections: subsections);
    }

    private static OutcomeKind KindOf(Recommendation r, IReadOnlyDictionary<RecommendationId, ConsensusOutcome> outcomes) =>
        outcomes.TryGetValue(r.Id, out var o) ? o.Kind : r.State switch
        {
            RecommendationState.Agreed => OutcomeKind.Agreed,
            RecommendationState.NoAgreement => OutcomeKind.NoAgreement,
            _ => OutcomeKind.ToBeRevisited,
        };

    private static List<string> Items(List<(Recommendation Rec, OutcomeKind Kind, ConsensusOutcome? Outcome)> placed, OutcomeKind kind, Func<string, string> cite) =>
        placed.Where(p => p.Kind == kind).Select(p =>
        {
            var text = $"{p.Rec.Id} — {p.Rec.Title}";
            var lastNote = p.Rec.History.Events.LastOrDefault(e => e.Kind == LifecycleEventKind.OutcomeRecorded && e.Note is not null)?.Note;
            var notes = p.Outcome is null ? (lastNote is null ? [] : [lastNote])
                : kind == OutcomeKind.Agreed ? p.Outcome.Reservations.Select(f => f.ToString()).ToList()
                : p.Outcome.BlockingFindings.Select(f => f.ToString()).ToList();
            return cite(notes.Count == 0 ? text : $"{text} ({string.Join("; ", notes)})");
        }).ToList();

    private static string Describe(Opinion opinion, Dictionary<string, DivergenceAxis> axes)
    {
        var about = opinion.Recommendation is { } r ? $" on {r}" : string.Empty;
        var places = opinion.Placements.Select(p =>
        {
            var pole = axes.TryGetValue(p.Axis, out var axis) ? (p.Value < 0 ? axis.LeftPole : p.Value > 0 ? axis.RightPole : "between the poles") : null;
            return pole is null ? p.Axis : $"{p.Axis}: {pole}";
        }).ToList();
        var placed = places.Count == 0 ? string.Empty : $" [{string.Join("; ", places)}]";
        return $"{string.Join(", ", opinion.Holders)}{about}: {opinion.Statement}{placed}";
    }
}
