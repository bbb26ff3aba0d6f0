using System.Globalization;
using System.Linq;
using System.Text;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Internal;
using Wgec.Core.Process;

namespace Wgec.Core.Reporting;

/// <summary>
/// A plain-text overview of a dossier, for a terminal: mandate and Chair, timeline (with a meeting's
/// half-day start), composition, consultation figures, groupings, catalogue counts, the state of each
/// group with its packages and conditions, outcomes by group and data-quality findings.
/// </summary>
/// <remarks>Deterministic: the same dossier always gives the same text, "\n" line endings, invariant culture.</remarks>
public static class DossierSummary
{
    /// <summary>Renders the summary.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="rule">The rule deciding outcomes; the working group's own when omitted.</param>
    /// <returns>The summary text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    public static string ToText(Dossier dossier, IConsensusRule? rule = null)
    {
        Preconditions.NotNull(dossier);
        var text = new StringBuilder();
        void Line(string value = "") => text.Append(value).Append('\n');
        void Heading(string value)
        {
            Line();
            Line(value);
            Line(new string('-', value.Length));
        }

        var process = dossier.Process;
        var mandate = process.Mandate;
        Line(dossier.Title);
        Line(new string('=', dossier.Title.Length));

        Heading("Mandate");
        Line($"{mandate.Resolution} ({mandate.AdoptionYear}): {mandate.Summary}");
        Line($"Reports to the {mandate.ReportingTarget.Body}, {ReportText.Ordinal(mandate.ReportingTarget.SessionNumber)} session, {ReportText.Dates(mandate.ReportingTarget.SessionDates)}.");
        Line($"Decision rule: {process.Modalities.DecisionRule}.");
        if (process.Chair is { } chair)
        {
            Line($"Chair: {chair.Name ?? chair.Id.Value}{(chair.Affiliation is null ? string.Empty : " (" + chair.Affiliation + ")")}.");
        }

        if (process.End is { } end)
        {
            Line($"Ended on {ReportText.Date(end.EndedOn)}, at the {ReportText.Ordinal(end.FinalMeeting)} and final meeting: {end.Outcome}");
        }

        Heading("Timeline");
        foreach (var item in dossier.Timeline().Events)
        {
            // A meeting shows its sessions' dates, so an afternoon start stays visible.
            var meeting = item.Kind == Meetings.TimelineEventKind.Meeting ? process.Meetings.FirstOrDefault(m => m.Dates.Start == item.Dates.Start) : null;
            Line($"  {(meeting is null ? Dates(item.Dates) : ReportText.Dates(meeting)),-38} {item.Title}");
        }

        Heading("Composition");
        var composition = process.Composition;
        foreach (var seats in composition.Policy.Seats)
        {
            var held = composition.Participants.Count(p => p.StakeholderGroup == seats.Key && p.Decides);
            Line($"  {ReportText.Group(seats.Key),-52} {held,3} of {seats.Value,3} seats");
        }

        foreach (var officer in composition.Participants.Where(p => p.Standing is Standing.Chair or Standing.Secretariat))
        {
            Line($"  {DomainWords.Of(officer.Standing)}: {officer.Name ?? officer.Id.Value}{(officer.Affiliation is null ? string.Empty : " (" + officer.Affiliation + ")")}");
        }

        if (dossier.Consultation is { } consultation)
        {
            Consultation(consultation, Line, Heading);
        }

        if (dossier.Catalogue is { } catalogue)
        {
            Heading("Issue catalogue");
            if (catalogue.Declared is { } declared)
            {
                var how = declared.Source.Derivation is { } derivation ? derivation.ToString() : "declared";
                Line($"  {ReportText.Number(declared.ItemsIn)} items consolidated into {ReportText.Number(declared.IssuesOut)} issues ({how}).");
            }

            Line($"  {catalogue.Issues.Length} issues held in detail:");
            foreach (var issue in catalogue.Issues.Take(10))
            {
                Line($"  {issue.Number,4}. {issue.Title} ({issue.Category})");
            }

            if (dossier.CorrespondenceGroup?.Mapping is { } mapping)
            {
                Line($"  Mapping exercise: {(mapping.DeclaredAreaCount is { } n ? n.ToString(CultureInfo.InvariantCulture) + " areas declared, " : string.Empty)}{mapping.Areas.Length} areas and {mapping.Mechanisms.Length} mechanisms held.");
            }
        }

        GroupStates(dossier.Deliberation, Line, Heading);

        // Outcomes come from readings: without any, a table of zeros would say nothing.
        var outcomes = dossier.Evaluate(rule);
        Heading(outcomes.Count > 0 ? "Outcomes by group" : "Results");
        foreach (var tally in outcomes.Count > 0 ? OutcomeTally.ByGroup(dossier, outcomes) : [])
        {
            Line($"  {tally.Group}. {tally.Title,-52} agreed {tally.Agreed}, to be revisited {tally.ToBeRevisited}, no agreement {tally.NoAgreement}, not read {tally.NotRead}");
        }

        if (dossier.Deliberation.DeclaredAgreedCount is { } agreed)
        {
            Line($"  Declared result: {agreed} recommendation{(agreed == 1 ? string.Empty : "s")} agreed.");
        }

        foreach (var line in dossier.Deliberation.Conclusion)
        {
            Line("  " + line);
        }

        Heading("Data-quality findings");
        var findings = dossier.DataQualityFindings();
        if (findings.IsEmpty)
        {
            Line("  None: the record agrees with itself.");
        }

        foreach (var finding in findings)
        {
            Line($"  [{finding.Code}] {finding.Message}");
        }

        return text.ToString();
    }

    private static void Consultation(ConsultationRecord consultation, System.Action<string> line, System.Action<string> heading)
    {
        var questionnaire = consultation.Questionnaire;
        heading("Consultation");
        var deadlines = questionnaire.Deadlines;
        line($"  {questionnaire.Title}: {questionnaire.Questions.Length} questions, {(questionnaire.IsOpenToAllStakeholders ? "open to all stakeholders" : "restricted")}.");
        line($"  Deadline {ReportText.Date(deadlines.Original.Date)}" + string.Concat(deadlines.Extensions.Select(e => ", extended to " + ReportText.Date(e.Date))) + $" ({deadlines.TimeZoneId}).");
        if (consultation.Declared.Total is { } total)
        {
            line($"  Respondents (declared): {ReportText.Number(total.Count)} in total.");
        }

        foreach (var count in consultation.Declared.ByGroup)
        {
            line($"    {count.Label ?? (count.Group is { } g ? ReportText.Group(g) : "other"),-50} {count.Count,5}");
        }

        if (!consultation.Declared.ByGroup.IsEmpty)
        {
            line($"    {"Sum of the categories",-50} {consultation.Declared.ByGroup.Sum(c => c.Count),5}");
        }

        line($"  Responses held in detail: {consultation.Responses.Length} from {consultation.Respondents.Length} respondents ({consultation.LateSubmissions.Length} late, kept).");

        if (consultation.Groups.IsEmpty)
        {
            return;
        }

        heading("Groupings");
        foreach (var group in consultation.Groups)
        {
            line($"  {group.Key}. {group.Title}: questions {string.Join(", ", group.QuestionNumbers)}");
        }
    }

    private static string Dates(NodaTime.DateInterval dates) => ReportText.Dates(dates);

    private static void GroupStates(Recommendations.Deliberation deliberation, System.Action<string> line, System.Action<string> heading)
    {
        if (deliberation.Recommendations.IsEmpty)
        {
            return;
        }

        heading("State of the recommendations");
        foreach (var r in deliberation.Recommendations)
        {
            var last = r.History.Events[r.History.Events.Length - 1];
            var note = r.History.Events.LastOrDefault(e => e.Kind == Recommendations.LifecycleEventKind.OutcomeRecorded && e.Note is not null)?.Note;
            line($"  {r.Group}. {r.Id,-16} {State(r.State)} after the {ReportText.Ordinal(last.Meeting)} meeting{(note is null ? string.Empty : ": " + note)}");
        }

        foreach (var condition in deliberation.Agreements.Conditions)
        {
            line($"  Condition '{condition.Name}': {string.Join(", ", condition.Dependents)} need {condition.RequiredCount} of {string.Join(", ", condition.Prerequisites)} agreed.");
        }

        foreach (var package in deliberation.Agreements.Packages)
        {
            line($"  Package '{package.Name}': {string.Join(", ", package.Items)} agreed together or not at all.");
        }
    }

    private static string State(Recommendations.RecommendationState state) => state switch
    {
        Recommendations.RecommendationState.Draft => "draft",
        Recommendations.RecommendationState.UnderDiscussion => "under discussion",
        Recommendations.RecommendationState.Agreed => "agreed",
        Recommendations.RecommendationState.ToBeRevisited => "to be revisited",
        _ => "no agreement",
    };
}
