using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;

namespace Wgec.Core;

/// <summary>The cross-section reference rules of a <see cref="Dossier"/>, checked once at construction.</summary>
internal static class DossierReferences
{
    public static void Check(Dossier dossier)
    {
        var meetings = new HashSet<int>(dossier.Process.Meetings.Select(m => m.Number));
        var composition = dossier.Process.Composition;
        var deliberation = dossier.Deliberation;

        if (!ConsensusRuleRegistry.Default.TryCreate(dossier.Process.Modalities.DecisionRule, out _, out var error))
        {
            throw Fault("unknown-rule", $"the decision rule '{dossier.Process.Modalities.DecisionRule}' of the modalities is not a registered consensus rule: {error}", "process", "process.modalities.decisionRule");
        }

        for (var i = 0; i < deliberation.Readings.Length; i++)
        {
            var reading = deliberation.Readings[i];
            if (!meetings.Contains(reading.Meeting))
            {
                throw Fault("unresolved-reference", $"the reading of '{reading.Recommendation}' is at meeting {N(reading.Meeting)}, which the working group did not hold", "deliberation", $"deliberation.readings[{N(i)}].meeting");
            }

            for (var p = 0; p < reading.Positions.Length; p++)
            {
                if (!composition.Contains(reading.Positions[p].Participant))
                {
                    throw Fault("unresolved-reference", $"the position of '{reading.Positions[p].Participant}' is not held by a participant of the working group", "deliberation", $"deliberation.readings[{N(i)}].positions[{N(p)}].participant");
                }
            }
        }

        for (var i = 0; i < deliberation.Ledger.Records.Length; i++)
        {
            var record = deliberation.Ledger.Records[i];
            if (!composition.Contains(record.Objector))
            {
                throw Fault("unresolved-reference", $"objector '{record.Objector}' is not a participant of the working group", "deliberation", $"deliberation.ledger.records[{N(i)}].objector");
            }
        }

        for (var i = 0; i < deliberation.Opinions.Length; i++)
        {
            var holders = deliberation.Opinions[i].Holders;
            for (var h = 0; h < holders.Length; h++)
            {
                if (!composition.Contains(holders[h]))
                {
                    throw Fault("unresolved-reference", $"opinion holder '{holders[h]}' is not a participant of the working group", "deliberation", $"deliberation.opinions[{N(i)}].holders[{N(h)}]");
                }
            }
        }

        CheckRecommendations(dossier);
        CheckGroupings(dossier);
        CheckRawItems(dossier);
    }

    private static void CheckRecommendations(Dossier dossier)
    {
        var recommendations = dossier.Deliberation.Recommendations;
        var issues = dossier.Catalogue is { } catalogue ? new HashSet<int>(catalogue.Issues.Select(i => i.Number)) : null;
        for (var r = 0; r < recommendations.Length; r++)
        {
            var versions = recommendations[r].Versions;
            for (var v = 0; v < versions.Length; v++)
            {
                var version = versions[v];
                if (!dossier.Process.Composition.Contains(version.Proposer))
                {
                    throw Fault("unresolved-reference", $"proposer '{version.Proposer}' is not a participant of the working group", "deliberation", $"deliberation.recommendations[{N(r)}].versions[{N(v)}].proposer");
                }

                if (issues is null)
                {
                    continue;
                }

                for (var k = 0; k < version.CatalogueIssues.Length; k++)
                {
                    if (!issues.Contains(version.CatalogueIssues[k]))
                    {
                        throw Fault("unresolved-reference", $"catalogue issue {N(version.CatalogueIssues[k])} is not in the catalogue", "deliberation", $"deliberation.recommendations[{N(r)}].versions[{N(v)}].catalogueIssues[{N(k)}]");
                    }
                }
            }
        }
    }

    // A catalogue grouping is one of the dossier's groups: the consultation's groups of questions, or the
    // deliberation's report groups (the same keys name both, A–E in 2013–2014), when either is recorded.
    private static void CheckGroupings(Dossier dossier)
    {
        if (dossier.Catalogue is not { } catalogue)
        {
            return;
        }

        var consultationGroups = dossier.Consultation?.Groups.Select(g => g.Key).ToList() ?? [];
        var reportGroups = dossier.Deliberation.Groups.Select(g => g.Key).ToList();
        var groups = new HashSet<GroupKey>(consultationGroups.Concat(reportGroups));
        if (groups.Count == 0)
        {
            return;
        }

        void Check(GroupKey grouping, string what, string location)
        {
            if (!groups.Contains(grouping))
            {
                var known = string.Join(" nor ", new[] { ("consultation", consultationGroups), ("deliberation's report", reportGroups) }
                    .Where(k => k.Item2.Count > 0).Select(k => $"a group of the {k.Item1} ({string.Join(", ", k.Item2)})"));
                throw Fault("unresolved-reference", $"{what} '{grouping}', which is not {known}", "catalogue", location);
            }
        }

        for (var g = 0; g < catalogue.Groupings.Length; g++)
        {
            Check(catalogue.Groupings[g], "the catalogue declares grouping", $"catalogue.groupings[{N(g)}]");
        }

        for (var i = 0; i < catalogue.Issues.Length; i++)
        {
            if (catalogue.Issues[i].Grouping is { } grouping)
            {
                Check(grouping, $"issue {N(catalogue.Issues[i].Number)} is in grouping", $"catalogue.issues[{N(i)}].grouping");
            }
        }
    }

    private static void CheckRawItems(Dossier dossier)
    {
        if (dossier.Catalogue?.Consolidation is not { } consolidation || dossier.Consultation is not { } consultation)
        {
            return;
        }

        var questionnaire = consultation.Questionnaire;
        var respondents = consultation.Respondents.IsEmpty ? null : consultation.Respondents.ToDictionary(r => r.Id, r => r.Category.Group);
        for (var i = 0; i < consolidation.RawItems.Length; i++)
        {
            var item = consolidation.RawItems[i];
            var provenance = item.Provenance;
            var at = $"catalogue.consolidation.rawItems[{N(i)}].provenance";
            if (!questionnaire.HasQuestion(provenance.Question))
            {
                throw Fault("unresolved-reference", $"raw item '{item.Id}' answers question {N(provenance.Question)}, which is not a question of the questionnaire (questions 1 to {N(questionnaire.Questions.Length)})", "catalogue", at + ".question");
            }

            if (respondents is null)
            {
                continue;
            }

            if (!respondents.TryGetValue(provenance.Respondent, out var group))
            {
                throw Fault("unresolved-reference", $"raw item '{item.Id}' comes from respondent '{provenance.Respondent}', who is not a respondent of the consultation", "catalogue", at + ".respondent");
            }

            if (group != provenance.Category)
            {
                throw Fault("category-mismatch", $"raw item '{item.Id}' records respondent '{provenance.Respondent}' as {DomainWords.Of(provenance.Category)}, but the consultation records {DomainWords.Of(group)}", "catalogue", at + ".category");
            }
        }
    }

    /// <summary>
    /// The references of raw items the dossier cannot check because the other end is not recorded: respondents
    /// when the consultation lists none, respondents and questions when there is no consultation.
    /// </summary>
    public static IEnumerable<DataQualityFinding> Unchecked(Dossier dossier)
    {
        if (dossier.Catalogue?.Consolidation is not { RawItems.IsEmpty: false } consolidation)
        {
            yield break;
        }

        var items = consolidation.RawItems.Length;
        var what = items == 1 ? "the one raw item" : $"each of the {N(items)} raw items";
        var example = consolidation.RawItems[0];
        if (dossier.Consultation is not { } consultation)
        {
            yield return new DataQualityFinding(
                "unchecked-references",
                $"The dossier holds no consultation, so the respondent and the question of {what} ({N(2 * items)} references, e.g. raw item '{example.Id}' from respondent '{example.Provenance.Respondent}', question {N(example.Provenance.Question)}) could not be checked.",
                computed: 2 * items);
        }
        else if (consultation.Respondents.IsEmpty)
        {
            yield return new DataQualityFinding(
                "unchecked-references",
                $"The consultation lists no respondents, so the respondent of {what} ({N(items)} reference{(items == 1 ? string.Empty : "s")}, e.g. raw item '{example.Id}' from respondent '{example.Provenance.Respondent}') could not be checked.",
                computed: items);
        }
    }

    private static DomainValidationException Fault(string rule, string message, string member, string location) =>
        new(rule, message + ".", member, location);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
