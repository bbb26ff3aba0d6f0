using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Reporting;

/// <summary>Builds the report outline of a dossier in the agreed structure, from its data only.</summary>
internal static class DossierReport
{
    public static ReportOutline Outline(Dossier dossier, IReadOnlyDictionary<RecommendationId, ConsensusOutcome> outcomes)
    {
        var deliberation = dossier.Deliberation;
        var groups = deliberation.Groups.IsEmpty && dossier.Consultation is { } c
            ? c.Groups.Select(g => new ReportGroup(g.Key, g.Title)).ToList()
            : deliberation.Groups.ToList();
        return ReportOutline.Create(
            "Report of the " + dossier.Process.Name,
            Introduction(dossier),
            Methodology(dossier),
            groups,
            deliberation.Recommendations,
            outcomes,
            deliberation.Opinions,
            deliberation.Axes,
            Conclusion(dossier, outcomes));
    }

    private static IEnumerable<string> Introduction(Dossier dossier)
    {
        var process = dossier.Process;
        var mandate = process.Mandate;
        var established = process.EstablishedOn is { } on ? $" on {ReportText.Date(on)}" : string.Empty;
        yield return $"The {process.Name} was established{established} under {mandate.Resolution} ({mandate.AdoptionYear}). {mandate.Summary}";
        yield return "Its tasks: " + string.Join("; ", mandate.Tasks.Select(Task)) + ".";
        var target = mandate.ReportingTarget;
        yield return $"It reports to the {target.Body} at its {ReportText.Ordinal(target.SessionNumber)} session, {ReportText.Dates(target.SessionDates)}.";
    }

    private static IEnumerable<string> Methodology(Dossier dossier)
    {
        foreach (var meeting in dossier.Process.Meetings)
        {
            yield return $"{ReportText.Ordinal(meeting.Number)} meeting: {ReportText.Dates(meeting)}, {ReportText.Venue(meeting.Venue)}.";
        }

        if (dossier.Consultation is { } consultation)
        {
            var questionnaire = consultation.Questionnaire;
            var deadlines = questionnaire.Deadlines;
            var extended = deadlines.Extensions.IsEmpty ? string.Empty : ", extended to " + ReportText.Date(deadlines.Extensions.Last().Date);
            var declared = consultation.Declared.Total is { } total ? $"; {ReportText.Number(total.Count)} respondents declared" : string.Empty;
            yield return $"Consultation: {questionnaire.Title}, {questionnaire.Questions.Length} questions, deadline {ReportText.Date(deadlines.Original.Date)}{extended}{declared}; {consultation.Responses.Length} responses held in detail.";
        }

        if (dossier.Catalogue is { } catalogue)
        {
            var declared = catalogue.Declared is { } counts ? $"{ReportText.Number(counts.ItemsIn)} items consolidated into {ReportText.Number(counts.IssuesOut)} issues (declared); " : string.Empty;
            yield return $"Issue catalogue: {declared}{catalogue.Issues.Length} issues held in detail.";
        }

        if (dossier.CorrespondenceGroup is { } group)
        {
            var coordinators = string.Join(", ", group.Coordinators.Select(c => c.Name));
            var areas = group.Mapping?.DeclaredAreaCount is { } count ? $"; mapping exercise of {count} areas" : string.Empty;
            yield return $"Correspondence group{(coordinators.Length > 0 ? " (" + coordinators + ")" : string.Empty)}: {string.Join("; ", group.TermsOfReference)}{areas}.";
        }

        if (!dossier.Deliberation.ContributionCategories.IsEmpty)
        {
            yield return "Contributions were grouped into: " + string.Join("; ", dossier.Deliberation.ContributionCategories) + ".";
        }
    }

    private static IEnumerable<string> Conclusion(Dossier dossier, IReadOnlyDictionary<RecommendationId, ConsensusOutcome> outcomes)
    {
        var deliberation = dossier.Deliberation;
        if (!deliberation.Recommendations.IsEmpty)
        {
            var agreed = outcomes.Values.Count(o => o.Kind == OutcomeKind.Agreed);
            yield return $"{agreed} of {deliberation.Recommendations.Length} recommendations agreed under the rule '{dossier.Process.Modalities.DecisionRule}'.";
        }

        foreach (var line in deliberation.Conclusion)
        {
            yield return line;
        }
    }

    private static string Task(MandateTask task) => task switch
    {
        MandateTask.SeekInputs => "seek inputs from all Member States and all other stakeholders",
        MandateTask.CompileInputs => "compile the inputs",
        MandateTask.ReviewInputs => "review the inputs",
        MandateTask.MakeRecommendations => "make recommendations on how to fully implement the mandate",
        _ => task.ToString(),
    };
}
