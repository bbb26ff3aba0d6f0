using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;

namespace Wgec.Core;

/// <summary>
/// The aggregate root: one whole record of a multi-stakeholder process — the working group
/// (mandate, composition, modalities, meetings), its consultation, its issue catalogue and
/// correspondence group, and its deliberation (recommendations, readings, objections, opinions).
/// This is what other WGEC tools exchange as a dossier document (the serialization layer reads and writes it; the dossier knows nothing of JSON).
/// </summary>
/// <remarks>
/// References across sections resolve: readings are at meetings of the working group, positions,
/// objections and opinions are held by its participants, recommendations link issues of the
/// catalogue, raw items answer questions of the questionnaire and come from respondents of the
/// consultation with the same stakeholder group, catalogue groupings are groups of the consultation,
/// and the decision rule is a registered rule. Equality is by content. Immutable and
/// thread-safe: one instance may be shared by any number of threads.
/// </remarks>
public sealed class Dossier : IEquatable<Dossier>
{
    // Derived once from the working group; not part of equality.
    private readonly Roster _roster;
    private readonly IConsensusRule _decisionRule;

    /// <summary>Creates a dossier, checking every reference across its sections.</summary>
    /// <param name="title">The dossier's title.</param>
    /// <param name="process">The working group.</param>
    /// <param name="consultation">The consultation, if there was one.</param>
    /// <param name="catalogue">The issue catalogue, if there is one.</param>
    /// <param name="correspondenceGroup">The correspondence group and its mapping exercise, if there was one.</param>
    /// <param name="deliberation">Recommendations, readings and opinions; empty when omitted.</param>
    /// <param name="otherEvents">Dated events that no section holds (e.g. a later session).</param>
    /// <exception cref="ArgumentException">The title is blank, a section is null, a reference does not resolve, or a member sits in a stakeholder group the seat policy gives no seat (rule <c>member-without-seat</c>).</exception>
    public Dossier(
        string title,
        WorkingGroup process,
        ConsultationRecord? consultation = null,
        IssueCatalogue? catalogue = null,
        CorrespondenceGroup? correspondenceGroup = null,
        Deliberation? deliberation = null,
        IEnumerable<TimelineEvent>? otherEvents = null)
    {
        Preconditions.NotBlank(title);
        Title = title.Trim();
        Process = Preconditions.NotNull(process);
        Consultation = consultation;
        Catalogue = catalogue;
        CorrespondenceGroup = correspondenceGroup;
        Deliberation = deliberation ?? Deliberation.Empty;
        OtherEvents = Immutable.ToArrayOrEmpty(otherEvents, nameof(otherEvents));
        DossierReferences.Check(this);
        _roster = MakeRoster(Process);
        _decisionRule = ConsensusRuleRegistry.Default.Create(Process.Modalities.DecisionRule);
    }

    /// <summary>The dossier's title.</summary>
    public string Title { get; }

    /// <summary>The working group: mandate, composition, modalities and meetings.</summary>
    public WorkingGroup Process { get; }

    /// <summary>The consultation, or <see langword="null"/>.</summary>
    public ConsultationRecord? Consultation { get; }

    /// <summary>The issue catalogue, or <see langword="null"/>.</summary>
    public IssueCatalogue? Catalogue { get; }

    /// <summary>The correspondence group and its mapping exercise, or <see langword="null"/>.</summary>
    public CorrespondenceGroup? CorrespondenceGroup { get; }

    /// <summary>Recommendations, readings, objections and opinions.</summary>
    public Deliberation Deliberation { get; }

    /// <summary>Dated events that no section holds.</summary>
    public ImmutableArray<TimelineEvent> OtherEvents { get; }

    /// <summary>
    /// Who decides, from the working group's participants: every participant with its stakeholder
    /// group and standing; the declared groups are those the composition policy gives seats to.
    /// </summary>
    /// <returns>The roster the consensus rules evaluate against (made once, with the dossier).</returns>
    public Roster Roster() => _roster;

    /// <summary>The decision rule named by the working group's modalities, made by <paramref name="registry"/>.</summary>
    /// <param name="registry">The rule registry; <see cref="ConsensusRuleRegistry.Default"/> when omitted.</param>
    /// <returns>The rule.</returns>
    public IConsensusRule DecisionRule(ConsensusRuleRegistry? registry = null) =>
        registry is null ? _decisionRule : registry.Create(Process.Modalities.DecisionRule);

    /// <summary>
    /// The outcome of every recommendation's latest reading under <paramref name="rule"/> (the
    /// modalities' decision rule when omitted), after packages and conditions.
    /// </summary>
    /// <param name="rule">The rule to apply, or <see langword="null"/> for the working group's own.</param>
    /// <returns>
    /// A dictionary from recommendation id to its outcome, ordered by id: one entry for each
    /// recommendation that has a reading; a recommendation never read has no entry.
    /// </returns>
    public ImmutableSortedDictionary<RecommendationId, ConsensusOutcome> Evaluate(IConsensusRule? rule = null) =>
        Deliberation.Evaluate(rule ?? DecisionRule(), Roster());

    /// <summary>The path to consensus on one recommendation under <paramref name="rule"/> (the modalities' decision rule when omitted); see <see cref="Deliberation.PathTo"/>.</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <param name="rule">The rule, or <see langword="null"/> for the working group's own.</param>
    /// <returns>The path.</returns>
    public ConsensusPath PathTo(RecommendationId recommendation, IConsensusRule? rule = null) =>
        Deliberation.PathTo(recommendation, rule ?? DecisionRule(), Roster());

    /// <summary>
    /// Every dated event of the process, in order: establishment, meetings and the report from the
    /// working group; questionnaire deadlines; correspondence-group milestones; other events.
    /// </summary>
    /// <returns>The timeline.</returns>
    public Timeline Timeline()
    {
        var events = new List<TimelineEvent>();
        if (Consultation is { } consultation)
        {
            var deadlines = consultation.Questionnaire.Deadlines;
            events.Add(DeadlineEvent(deadlines.Original, "Questionnaire deadline"));
            events.AddRange(deadlines.Extensions.Select(d => DeadlineEvent(d, "Questionnaire deadline extended")));
        }

        if (CorrespondenceGroup is { } group)
        {
            events.AddRange(group.Milestones.Select(m => new TimelineEvent(
                m.Due, TimelineEventKind.SubgroupMilestone, "Correspondence group: " + m.Description, m.Source is null ? null : [m.Source])));
        }

        events.AddRange(OtherEvents);
        return Meetings.Timeline.FromWorkingGroup(Process).PlusEvents(events);
    }

    /// <summary>
    /// Where the record disagrees with itself, gathered from every section and never corrected:
    /// declared respondent figures against records and against each other, a composition against
    /// its policy, declared catalogue counts against the issues held, a declared result against
    /// the outcomes recorded, and the references of raw items that could not be checked (to respondents
    /// when the consultation lists none, to respondents and questions when there is no consultation).
    /// </summary>
    /// <returns>The findings, consultation first.</returns>
    public ImmutableArray<DataQualityFinding> DataQualityFindings()
    {
        var findings = ImmutableArray.CreateBuilder<DataQualityFinding>();
        if (Consultation is { } consultation)
        {
            findings.AddRange(consultation.Findings());
        }

        foreach (var departure in Process.Composition.Departures)
        {
            findings.Add(new DataQualityFinding(
                "composition-departs-from-policy",
                $"The composition departs from its policy for {DomainWords.Of(departure.Group)}: {departure.ActualSeats.ToString(CultureInfo.InvariantCulture)} seats held, the policy sets {departure.PolicySeats.ToString(CultureInfo.InvariantCulture)}.",
                departure.PolicySeats,
                departure.ActualSeats));
        }

        if (Process.End is { } end && Process.FindMeeting(end.FinalMeeting) is { } final && end.EndedOn > final.Dates.End)
        {
            findings.Add(new DataQualityFinding(
                "process-end-after-final-meeting",
                $"The process is recorded as ending on {end.EndedOn.ToString("d MMMM uuuu", CultureInfo.InvariantCulture)}, after the last day of its final meeting {final.Number.ToString(CultureInfo.InvariantCulture)} ({final.Dates.End.ToString("d MMMM uuuu", CultureInfo.InvariantCulture)}); both dates are kept as published."));
        }

        if (Catalogue?.CompareWithDeclared() is { } comparison)
        {
            foreach (var text in comparison.Findings)
            {
                findings.Add(new DataQualityFinding(comparison.IsContradicted ? "catalogue-contradicts-declared-counts" : "catalogue-partial-record", text));
            }
        }

        if (Deliberation.DeclaredAgreedCount is { } declaredAgreed && Deliberation.Readings.Length > 0)
        {
            var agreed = Evaluate().Values.Count(o => o.Kind == OutcomeKind.Agreed);
            if (agreed != declaredAgreed)
            {
                findings.Add(new DataQualityFinding(
                    "declared-result-mismatch",
                    $"The record declares {declaredAgreed.ToString(CultureInfo.InvariantCulture)} recommendations agreed; the readings held give {agreed.ToString(CultureInfo.InvariantCulture)}.",
                    declaredAgreed,
                    agreed));
            }
        }

        findings.AddRange(UnmetConditions());
        findings.AddRange(DossierReferences.Unchecked(this));
        return findings.ToImmutable();
    }

    // A condition whose prerequisites are not agreed explains how partial agreement in its dependents'
    // groups and a declared result of no agreed recommendation both hold.
    private IEnumerable<DataQualityFinding> UnmetConditions()
    {
        var byId = Deliberation.Recommendations.ToDictionary(r => r.Id);

        // A prerequisite counts as agreed when its recorded state or the outcome of its latest reading says so.
        var outcomes = Deliberation.Readings.IsEmpty ? ImmutableSortedDictionary<RecommendationId, ConsensusOutcome>.Empty : Evaluate();
        bool IsAgreed(RecommendationId id) => byId[id].State == RecommendationState.Agreed || (outcomes.TryGetValue(id, out var o) && o.IsAgreed);
        foreach (var condition in Deliberation.Agreements.Conditions)
        {
            var agreed = condition.Prerequisites.Count(IsAgreed);
            if (agreed >= condition.RequiredCount)
            {
                continue;
            }

            var partial = condition.Dependents.Select(id => byId[id])
                .SelectMany(r => r.History.Events.Where(e => e.Note is not null).Select(e => e.Note!)).ToList();
            var reached = partial.Count == 0 ? string.Empty : $" What their groups reached ({string.Join("; ", partial)}) stays short of agreement until the condition is met.";
            var declared = Deliberation.DeclaredAgreedCount is { } count ? $" This is how it holds together with the declared result of {count.ToString(CultureInfo.InvariantCulture)} recommendations agreed." : string.Empty;
            yield return new DataQualityFinding(
                "condition-not-met",
                $"The condition '{condition.Name}' is not met: {agreed.ToString(CultureInfo.InvariantCulture)} of its prerequisites ({string.Join(", ", condition.Prerequisites)}) are agreed, {condition.RequiredCount.ToString(CultureInfo.InvariantCulture)} needed, so its dependents ({string.Join(", ", condition.Dependents)}) cannot be agreed.{reached}{declared}",
                condition.RequiredCount,
                agreed);
        }
    }

    /// <summary>The gap report of the catalogue against the correspondence group's mapping, or <see langword="null"/> when either is missing.</summary>
    /// <returns>The ranked gaps.</returns>
    public GapReport? GapReport() =>
        Catalogue is { } catalogue && CorrespondenceGroup?.Mapping is { } mapping ? GapAnalysis.Analyse(catalogue, mapping) : null;

    /// <summary>Returns a copy with another consultation.</summary>
    /// <param name="consultation">The consultation, or <see langword="null"/>.</param>
    /// <returns>A new dossier.</returns>
    public Dossier WithConsultation(ConsultationRecord? consultation) =>
        new(Title, Process, consultation, Catalogue, CorrespondenceGroup, Deliberation, OtherEvents);

    /// <summary>Returns a copy with another catalogue.</summary>
    /// <param name="catalogue">The catalogue, or <see langword="null"/>.</param>
    /// <returns>A new dossier.</returns>
    public Dossier WithCatalogue(IssueCatalogue? catalogue) =>
        new(Title, Process, Consultation, catalogue, CorrespondenceGroup, Deliberation, OtherEvents);

    /// <summary>Returns a copy with another deliberation.</summary>
    /// <param name="deliberation">The deliberation.</param>
    /// <returns>A new dossier.</returns>
    public Dossier WithDeliberation(Deliberation deliberation) =>
        new(Title, Process, Consultation, Catalogue, CorrespondenceGroup, Preconditions.NotNull(deliberation), OtherEvents);

    /// <summary>Returns a copy with another working group.</summary>
    /// <param name="process">The working group.</param>
    /// <returns>A new dossier.</returns>
    public Dossier WithProcess(WorkingGroup process) =>
        new(Title, Preconditions.NotNull(process), Consultation, Catalogue, CorrespondenceGroup, Deliberation, OtherEvents);

    /// <inheritdoc/>
    public bool Equals(Dossier? other) =>
        other is not null
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Process.Equals(other.Process)
        && Equals(Consultation, other.Consultation)
        && Equals(Catalogue, other.Catalogue)
        && Equals(CorrespondenceGroup, other.CorrespondenceGroup)
        && Deliberation.Equals(other.Deliberation)
        && Immutable.SequenceEqual(OtherEvents, other.OtherEvents);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Dossier);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Title), Process, Consultation, Catalogue, CorrespondenceGroup, Deliberation, Immutable.SequenceHash(OtherEvents));

    /// <summary>The title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;

    private static readonly StakeholderGroup[] AllGroups =
    [
        StakeholderGroup.Governments, StakeholderGroup.PrivateSector, StakeholderGroup.CivilSociety,
        StakeholderGroup.TechnicalAndAcademic, StakeholderGroup.IntergovernmentalAndInternational,
    ];

    // The groups with seats decide (all of them when the policy gives none); a member, unlike an
    // observer, the chair or the secretariat, must hold a seat in a group that has seats.
    private static Roster MakeRoster(WorkingGroup process)
    {
        var composition = process.Composition;
        var groups = composition.Policy.Seats.Where(s => s.Value > 0).Select(s => s.Key).ToList();
        var participants = composition.Participants;
        if (groups.Count == 0)
        {
            groups.AddRange(AllGroups);
        }

        for (var i = 0; i < participants.Length; i++)
        {
            var participant = participants[i];
            if (participant.Decides && !groups.Contains(participant.StakeholderGroup))
            {
                var group = DomainWords.Of(participant.StakeholderGroup);
                throw new DomainValidationException(
                    "member-without-seat",
                    $"participant '{participant.Id}' is a {Words(participant.Standing)} in {group}, but the composition policy gives {group} no seat: give the group seats, or make the participant an observer.",
                    nameof(process),
                    $"process.composition.participants[{i.ToString(CultureInfo.InvariantCulture)}].standing");
            }
        }

        return new Roster(groups, participants.Select(p => new RosterEntry(p.Id, p.StakeholderGroup, p.Standing, p.Name)));
    }

    private static string Words(Standing standing) => standing == Standing.SubgroupCoordinator ? "subgroup coordinator" : "member";

    private static TimelineEvent DeadlineEvent(Deadline deadline, string title) =>
        new(deadline.Date, TimelineEventKind.Deadline, $"{title}: {deadline.Decision}", deadline.Source is null ? null : [deadline.Source]);
}
