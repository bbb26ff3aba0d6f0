using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Reporting;

/// <summary>
/// Builds the report outline of a dossier from its data only: the Chair's account of the group's work
/// to the body it reports to, in the agreed structure (Introduction; Description of the meetings and
/// methodology; one section per group; Conclusion), then the results, the data-quality findings and
/// the numbered source notes. Every fact cites its sources; a section with nothing to say is left out.
/// </summary>
internal static class DossierReport
{
    /// <summary>The heading of the data-quality section (the HTML page shows it as a callout instead).</summary>
    public const string DataQualityHeading = "Data-quality findings";

    public static ReportOutline Outline(Dossier dossier, IReadOnlyDictionary<RecommendationId, ConsensusOutcome> outcomes)
    {
        var notes = new ReportNotes();
        var deliberation = dossier.Deliberation;
        var groups = deliberation.Groups.IsEmpty && dossier.Consultation is { } c
            ? c.Groups.Select(g => new ReportGroup(g.Key, g.Title)).ToList()
            : deliberation.Groups.ToList();
        var sections = new List<ReportSection?>
        {
            Introduction(dossier, notes),
            Methodology(dossier, notes),
        };

        var axes = deliberation.Axes.ToDictionary(a => a.Name, StringComparer.Ordinal);
        var recordSources = deliberation.Sources.Where(s => s.Derivation is not null).ToList();
        foreach (var group in groups)
        {
            var section = ReportOutline.GroupSection(group, deliberation.Recommendations, outcomes, deliberation.Opinions, axes, GroupParagraphs(dossier, group, notes), text => notes.Cite(text, recordSources));
            sections.Add(section.Paragraphs.IsEmpty && section.Subsections.IsEmpty ? null : section);
        }

        sections.Add(Results(dossier, outcomes, notes));
        sections.Add(Section("Conclusion", End(dossier.Process, notes).Concat(deliberation.Conclusion.Select(line => notes.Cite(line, Stated(deliberation.Sources))))));
        var findings = dossier.DataQualityFindings();
        sections.Add(findings.IsEmpty ? null : new ReportSection(
            DataQualityHeading,
            ["The record disagrees with itself or leaves a tension open in these places; both sides are kept, not corrected."],
            findings.Select(f => $"{f.Message} ({f.Code})")));
        sections.Add(notes.Section());
        return new ReportOutline(Title(dossier.Process), sections.OfType<ReportSection>());
    }

    /// <summary>"Report of the Chair of the …" when the composition names a chair, else "Report of the …".</summary>
    public static string Title(WorkingGroup process) =>
        process.Chair?.Name is null ? "Report of the " + process.Name : "Report of the Chair of the " + process.Name;

    private static ReportSection Introduction(Dossier dossier, ReportNotes notes)
    {
        var process = dossier.Process;
        var mandate = process.Mandate;
        var target = mandate.ReportingTarget;
        var established = process.EstablishedOn is { } on ? $" on {ReportText.Date(on)}" : string.Empty;
        var paragraphs = new List<string>
        {
            notes.Cite($"The {process.Name} was established{established} under {mandate.Resolution} ({mandate.AdoptionYear}).", process.Sources),
            notes.Cite("Mandate: " + mandate.Summary, mandate.Sources),
            notes.Cite("Its tasks: " + string.Join("; ", mandate.Tasks.Select(t => t.Description)) + ".", mandate.Sources),
        };
        if (!mandate.ReferencedParagraphs.IsEmpty)
        {
            paragraphs.Add(notes.Cite("The mandate refers to " + string.Join("; ", mandate.ReferencedParagraphs) + ".", mandate.Sources));
        }

        paragraphs.Add(notes.Cite($"It reports to the {target.Body} at its {ReportText.Ordinal(target.SessionNumber)} session, {ReportText.Dates(target.SessionDates)}.", target.Sources));
        return new ReportSection("Introduction", paragraphs, subsections: new[] { Composition(process, notes), Modalities(process.Modalities, notes) }.OfType<ReportSection>());
    }

    // How the process ended comes first in the conclusion: it is the frame the Chair's remarks sit in.
    private static IEnumerable<string> End(WorkingGroup process, ReportNotes notes)
    {
        if (process.End is not { } end)
        {
            yield break;
        }

        var final = process.FindMeeting(end.FinalMeeting)!;
        var after = end.EndedOn > final.Dates.End ? $", after the meeting's last scheduled day, {ReportText.Date(final.Dates.End)}" : string.Empty;
        yield return notes.Cite($"The process ended at its {ReportText.Ordinal(end.FinalMeeting)} and final meeting, on {ReportText.Date(end.EndedOn)}{after}: {end.Outcome.TrimEnd('.')}.", end.Sources);
    }

    private static ReportSection? Composition(WorkingGroup process, ReportNotes notes)
    {
        var composition = process.Composition;
        var items = new List<string>();
        foreach (var officer in composition.Participants.Where(p => p.Standing is Process.Standing.Chair or Process.Standing.Secretariat))
        {
            var affiliation = officer.Affiliation is null ? string.Empty : " (" + officer.Affiliation + ")";
            items.Add(notes.Cite($"{StandingName(officer.Standing)}: {officer.Name ?? officer.Id.Value}{affiliation}", Stated(officer.Sources)));
            if (officer.Sources.Any(s => s.Derivation is not null))
            {
                items.Add(notes.Cite($"Stakeholder group of the {StandingName(officer.Standing).ToLowerInvariant()}: {ReportText.Group(officer.StakeholderGroup).ToLowerInvariant()}", officer.Sources.Where(s => s.Derivation is not null)));
            }
        }

        foreach (var seats in composition.Policy.Seats)
        {
            var holders = composition.Participants.Where(p => p.StakeholderGroup == seats.Key && p.Decides).ToList();
            var named = holders.Where(p => p.IsNamed).Select(p => p.Name!).ToList();
            var names = named.Count == 0 ? string.Empty : $", of them named: {string.Join(", ", named)}";
            items.Add(notes.Cite($"{ReportText.Group(seats.Key)}: {holders.Count} of {seats.Value} seats held{names}", holders.SelectMany(p => Stated(p.Sources))));
        }

        var paragraphs = composition.Policy.Description is { } description ? new[] { notes.Cite("Composition: " + description + ".", process.Sources) } : [];
        return items.Count == 0 && paragraphs.Length == 0 ? null : new ReportSection("Chair and composition", paragraphs, items);
    }

    private static ReportSection Modalities(Modalities modalities, ReportNotes notes)
    {
        var items = new List<string>();
        items.AddRange(modalities.Principles);
        items.Add(modalities.MultiStakeholderApproach);
        items.Add($"Decisions: under the rule '{modalities.DecisionRule}'");
        items.Add("Observers: " + modalities.ObserverPolicy + (modalities.ObserverPolicy.AccreditationBy is { } by ? $", accredited by the {StandingName(by).ToLowerInvariant()}" : string.Empty));
        if (!modalities.Constraints.IsEmpty)
        {
            items.Add("Constraints: " + string.Join(", ", modalities.Constraints).ToLowerInvariant());
        }

        if (!modalities.InformationSharing.IsEmpty)
        {
            items.Add("Information sharing with stakeholders: " + string.Join(", ", modalities.InformationSharing.Select(Channel)));
        }

        return new ReportSection("Working modalities", items: items.Select(i => notes.Cite(i, modalities.Sources)));
    }

    private static ReportSection? Methodology(Dossier dossier, ReportNotes notes)
    {
        var subsections = new List<ReportSection?>();
        subsections.AddRange(dossier.Process.Meetings.Select(m => Meeting(m, notes)));
        if (dossier.Consultation is { } consultation)
        {
            subsections.Add(Consultation(consultation, notes));
            subsections.Add(Section("Grouping of the responses", consultation.Groups.Select(g =>
                notes.Cite($"{g.Key}. {g.Title}: questions {string.Join(", ", g.QuestionNumbers)}", [g.Source]))));
        }

        if (dossier.Catalogue is { } catalogue)
        {
            subsections.Add(Catalogue(catalogue, notes));
        }

        if (dossier.CorrespondenceGroup is { } group)
        {
            subsections.Add(CorrespondenceGroup(group, notes));
        }

        var paragraphs = dossier.Deliberation.ContributionCategories.IsEmpty ? [] : new[]
        {
            notes.Cite("Contributions were grouped into: " + string.Join("; ", dossier.Deliberation.ContributionCategories) + ".", Stated(dossier.Deliberation.Sources)),
        };
        var held = subsections.OfType<ReportSection>().ToList();
        return paragraphs.Length == 0 && held.Count == 0 ? null : new ReportSection("Description of the meetings and methodology", paragraphs, subsections: held);
    }

    private static ReportSection Meeting(Meeting meeting, ReportNotes notes)
    {
        var stated = Stated(meeting.Sources).ToList();
        string Cite(string text, IEnumerable<SourceReference>? own = null)
        {
            var list = own?.ToList();
            return notes.Cite(text, list is { Count: > 0 } ? list : stated);
        }

        var sessions = string.Join("; ", meeting.Sessions.Select(s => $"{ReportText.Date(s.Date)} {ReportText.PartWords(s.Part)}"));
        var paragraphs = new List<string> { notes.Cite("Sessions: " + sessions + ".", meeting.Sources) };
        var subsections = new List<ReportSection?>
        {
            Section("Agenda", meeting.AllAgendaItems().Select(a => Cite($"{a.Number}. {a.Title}"))),
            Section("Decisions", meeting.Decisions.Select(d => Cite($"On item {d.AgendaItem} ({DomainWords.Of(d.Kind)}): {d.Text}", d.Sources))),
            Section("Breakout groups", meeting.BreakoutGroups.Select(b => Cite($"Led by {b.Lead}: {b.Output}"))),
            Section("Results", meeting.Results.Select(r => Cite(r))),
            Section("Next steps", meeting.NextSteps.Select(s => Cite(s))),
            Section("Resources", meeting.Resources.Select(r => Cite(Resource(r), r.Sources))),
            Section("Related events", meeting.RelatedEvents.Select(e => Cite(e.Place is null ? e.Name : $"{e.Name} ({e.Place})", e.Sources))),
        };
        if (meeting.NextMeeting is { } next)
        {
            paragraphs.Add(Cite($"Next meeting: the {ReportText.Ordinal(next.MeetingNumber)}, {ReportText.Dates(next.Dates)}.", next.Sources));
        }

        return new ReportSection(
            $"{ReportText.Ordinal(meeting.Number)} meeting: {ReportText.Dates(meeting)}, {ReportText.Venue(meeting.Venue)}",
            paragraphs,
            subsections: subsections.OfType<ReportSection>());
    }

    private static string Resource(Resource resource)
    {
        var pages = resource.PageCount is { } count ? $" ({ReportText.Number(count)} pages)" : string.Empty;
        var symbol = resource.Symbol is { } s ? $", {s}" : string.Empty;
        var address = resource.Address is { } a ? $" <{a.AbsoluteUri}>" : string.Empty;
        return resource.Title + symbol + (resource.Title.Contains("pages)") ? string.Empty : pages) + address;
    }

    private static ReportSection Consultation(ConsultationRecord consultation, ReportNotes notes)
    {
        var questionnaire = consultation.Questionnaire;
        var stated = Stated(questionnaire.Sources).ToList();
        var derived = questionnaire.Sources.Where(s => s.Derivation is not null).ToList();
        var deadlines = questionnaire.Deadlines;
        var paragraphs = new List<string>
        {
            notes.Cite($"{questionnaire.Title}: {questionnaire.Questions.Length} questions, {(questionnaire.IsOpenToAllStakeholders ? "open to all stakeholders" : "restricted")}.", stated),
            notes.Cite($"Deadline: {ReportText.Date(deadlines.Original.Date)} ({deadlines.Original.Decision.TrimEnd('.')}).", [deadlines.Original.Source]),
        };
        paragraphs.AddRange(deadlines.Extensions.Select(e => notes.Cite($"Extended: {ReportText.Date(e.Date)} ({e.Decision.TrimEnd('.')}).", [e.Source])));
        var declared = consultation.Declared;
        var counts = new List<string>();
        if (declared.Total is { } total)
        {
            paragraphs.Add(notes.Cite($"Respondents, declared: {ReportText.Number(total.Count)} in total.", [total.Source]));
        }

        counts.AddRange(declared.ByGroup.Select(c => notes.Cite($"{c.Label ?? (c.Group is { } g ? ReportText.Group(g) : "other")}: {ReportText.Number(c.Count)}", [c.Source])));
        if (!declared.ByGroup.IsEmpty)
        {
            var differs = declared.Total is { } t && t.Count != declared.GroupSum;
            counts.Add(notes.Cite(
                $"Sum of the categories: {ReportText.Number(declared.GroupSum)}" + (differs ? $", not the declared total of {ReportText.Number(declared.Total!.Count)}: both are kept as published" : string.Empty),
                declared.ByGroup.Select(c => c.Source).Concat(declared.Total is null ? [] : [declared.Total.Source])));
        }

        if (consultation.Responses.Length > 0)
        {
            paragraphs.Add($"Responses held in detail: {consultation.Responses.Length} from {consultation.Respondents.Length} respondents ({consultation.LateSubmissions.Length} late, kept).");
        }

        var questions = questionnaire.Questions.Select(q =>
        {
            var text = $"Q{q.Number} ({Kind(q.Kind)}): {q.Text}";
            return q.IsTextDerived ? notes.Cite(text, DerivationsFor(q.Number, derived)) : notes.Cite(text, stated);
        });
        return new ReportSection(
            "The questionnaire and its respondents",
            paragraphs,
            subsections: new[] { Section("Questions", questions), Section("Respondents by stakeholder category (declared)", counts) }.OfType<ReportSection>());
    }

    // A derivation concerns the questions its reason names; when it names none, it concerns them all.
    private static List<SourceReference> DerivationsFor(int number, List<SourceReference> derived)
    {
        var named = derived.Where(s => Regex.IsMatch(s.Derivation!.Reason, $@"\b{number.ToString(CultureInfo.InvariantCulture)}\b")).ToList();
        return named.Count > 0 ? named : derived;
    }

    private static ReportSection Catalogue(IssueCatalogue catalogue, ReportNotes notes)
    {
        var paragraphs = new List<string>();
        IEnumerable<SourceReference> stated = [];
        if (catalogue.Declared is { } declared)
        {
            stated = [declared.Source.WithDerivation(null)];
            paragraphs.Add(notes.Cite($"Public policy issues: {ReportText.Number(declared.ItemsIn)} items from the questionnaire, consolidated into a table whose issues number {ReportText.Number(declared.IssuesOut)}.", [declared.Source]));
        }

        paragraphs.Add($"Rows held in detail: {catalogue.Issues.Length}; columns: No, Issues, Categories, Grouping, Activities & approaches, Status.");
        var rows = catalogue.Issues.Select(i =>
        {
            var blank = new List<string>();
            var filled = new List<string> { $"category {i.Category}" };
            if (i.Grouping is { } g)
            {
                filled.Add($"grouping {g}");
            }
            else
            {
                blank.Add("grouping");
            }

            if (i.ActivitiesAndApproaches.IsEmpty)
            {
                blank.Add("activities & approaches");
            }
            else
            {
                filled.Add("activities & approaches: " + string.Join("; ", i.ActivitiesAndApproaches));
            }

            if (i.Status == IssueStatus.NotRecorded)
            {
                blank.Add("status");
            }
            else
            {
                filled.Add("status " + i.Status);
            }

            var blanks = blank.Count == 0 ? string.Empty : $"; {string.Join(", ", blank)} blank";
            return notes.Cite($"No {i.Number}: {i.Title} ({string.Join("; ", filled)}{blanks})", stated);
        });
        return new ReportSection("Issue catalogue", paragraphs, rows);
    }

    private static ReportSection CorrespondenceGroup(CorrespondenceGroup group, ReportNotes notes)
    {
        var sources = group.Sources;
        var paragraphs = new List<string>
        {
            notes.Cite("Terms of reference: " + string.Join("; ", group.TermsOfReference) + (group.OpenToAllStakeholders ? "; open to all stakeholders." : "."), sources),
        };
        if (!group.Coordinators.IsEmpty)
        {
            paragraphs.Add(notes.Cite("Coordinators: " + string.Join(", ", group.Coordinators.Select(c => $"{c.Name} ({Role(c.Role)})")) + ".", sources));
        }

        paragraphs.AddRange(group.Milestones.Select(m => notes.Cite($"{ReportText.Date(m.Due)}: {m.Description}.", [m.Source ?? sources.FirstOrDefault()])));
        if (group.Mapping is { } mapping)
        {
            var declared = mapping.DeclaredAreaCount is { } n ? $"{n} areas" : $"{mapping.Areas.Length} areas";
            paragraphs.Add(notes.Cite($"Mapping exercise: {declared}; {mapping.Areas.Length} areas and {mapping.Mechanisms.Length} mechanisms held in detail.", [mapping.Source]));
        }

        if (group.ChairReport is { } report)
        {
            paragraphs.Add(notes.Cite("The Chair of the correspondence group reported on its work.", [report]));
        }

        return new ReportSection("Correspondence group", paragraphs);
    }

    private static IEnumerable<string> GroupParagraphs(Dossier dossier, ReportGroup group, ReportNotes notes)
    {
        if (dossier.Consultation?.Groups.FirstOrDefault(g => g.Key == group.Key) is { } questions)
        {
            yield return notes.Cite($"The responses to questions {string.Join(", ", questions.QuestionNumbers)} were grouped here ({questions.Title}).", [questions.Source]);
        }

        var deliberation = dossier.Deliberation;
        var records = deliberation.Recommendations.Where(r => r.Group == group.Key).ToList();
        var derived = deliberation.Sources.Where(s => s.Derivation is not null).ToList();
        foreach (var record in records)
        {
            var read = record.History.Events.Where(e => e.Kind == LifecycleEventKind.Read).Select(e => ReportText.Ordinal(e.Meeting)).Distinct().ToList();
            if (read.Count > 0)
            {
                yield return notes.Cite($"{record.Id}: drafted at the {ReportText.Ordinal(record.History.Events[0].Meeting)} meeting, discussed at the {string.Join(" and ", read)} meeting{(read.Count == 1 ? string.Empty : "s")}; now {State(record.State)}.", derived);
            }
        }
    }

    private static ReportSection? Results(Dossier dossier, IReadOnlyDictionary<RecommendationId, ConsensusOutcome> outcomes, ReportNotes notes)
    {
        var deliberation = dossier.Deliberation;
        var stated = Stated(deliberation.Sources).ToList();
        var derived = deliberation.Sources.Where(s => s.Derivation is not null).ToList();
        var paragraphs = new List<string>();
        if (deliberation.DeclaredAgreedCount is { } declared)
        {
            paragraphs.Add(notes.Cite($"Declared result: {declared} recommendation{(declared == 1 ? string.Empty : "s")} agreed.", stated));
        }

        if (outcomes.Count > 0)
        {
            var agreed = outcomes.Values.Count(o => o.Kind == OutcomeKind.Agreed);
            paragraphs.Add($"{agreed} of {outcomes.Count} recommendations read are agreed under the rule '{dossier.Process.Modalities.DecisionRule}'.");
        }

        var byId = deliberation.Recommendations.ToDictionary(r => r.Id);
        string Names(IEnumerable<RecommendationId> ids) => string.Join(", ", ids.Select(id => byId[id].Group + " (" + id + ")"));
        var logic = deliberation.Agreements.Packages.Select(p => notes.Cite($"Package '{p.Name}': {Names(p.Items)} are agreed together or not at all.", derived))
            .Concat(deliberation.Agreements.Conditions.Select(c =>
            {
                var met = c.Prerequisites.Count(id => byId[id].State == RecommendationState.Agreed);
                return notes.Cite($"Condition '{c.Name}': {Names(c.Dependents)} can be agreed only when {c.RequiredCount} of {Names(c.Prerequisites)} {(c.RequiredCount == 1 ? "is" : "are")} agreed; {met} {(met == 1 ? "is" : "are")}, so the condition is {(met >= c.RequiredCount ? "met" : "not met")}.", derived.Concat(stated));
            })).ToList();
        var opinions = deliberation.Axes.Select(a => notes.Cite($"{a.Name}: {a.LeftPole} ↔ {a.RightPole}", stated)).ToList();
        var subsections = new[] { Section("Packages and conditions", logic), Section("Diverging opinions", opinions) }.OfType<ReportSection>().ToList();
        return paragraphs.Count == 0 && subsections.Count == 0 ? null : new ReportSection("Results", paragraphs, subsections: subsections);
    }

    private static ReportSection? Section(string heading, IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : new ReportSection(heading, items: list);
    }

    private static IEnumerable<SourceReference> Stated(IEnumerable<SourceReference> sources) => sources.Where(s => s.Derivation is null);

    private static string StandingName(Standing standing) => ReportText.Sentence(DomainWords.Of(standing));

    private static string State(RecommendationState state) => state switch
    {
        RecommendationState.Draft => "a draft",
        RecommendationState.UnderDiscussion => "under discussion",
        RecommendationState.Agreed => "agreed",
        RecommendationState.ToBeRevisited => "to be revisited",
        RecommendationState.NoAgreement => "without agreement",
        _ => DomainWords.Of(state),
    };

    private static string Kind(QuestionKind kind) => kind switch
    {
        QuestionKind.RespondentProfile => "respondent profile",
        QuestionKind.OpenComments => "comments",
        _ => "substantive",
    };

    private static string Role(CoordinatorRole role) => role == CoordinatorRole.CoCoordinator ? "co-coordinator" : "coordinator";

    private static string Channel(InformationSharingChannel channel) => channel switch
    {
        InformationSharingChannel.AudioRecording => "audio recording",
        InformationSharingChannel.Streaming => "streaming",
        InformationSharingChannel.RealTimeTranscripts => "real-time transcripts",
        InformationSharingChannel.RemoteParticipation => "remote participation",
        _ => DomainWords.Of(channel),
    };

}
