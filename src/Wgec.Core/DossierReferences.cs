using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Wgec.Core.Consensus;
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
                throw Fault("unresolved-reference", $"reading {N(i)} is at meeting {N(reading.Meeting)}, which the working group did not hold", "deliberation", $"deliberation.readings[{N(i)}].meeting");
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

    private static void CheckRawItems(Dossier dossier)
    {
        if (dossier.Catalogue?.Consolidation is not { } consolidation || dossier.Consultation is not { Respondents.IsEmpty: false } consultation)
        {
            return;
        }

        var respondents = consultation.Respondents.ToDictionary(r => r.Id, r => r.Category.Group);
        for (var i = 0; i < consolidation.RawItems.Length; i++)
        {
            var provenance = consolidation.RawItems[i].Provenance;
            var at = $"catalogue.consolidation.rawItems[{N(i)}].provenance";
            if (!respondents.TryGetValue(provenance.Respondent, out var group))
            {
                throw Fault("unresolved-reference", $"raw item {N(i)} comes from respondent '{provenance.Respondent}', who is not a respondent of the consultation", "catalogue", at + ".respondent");
            }

            if (group != provenance.Category)
            {
                throw Fault("category-mismatch", $"raw item {N(i)} records respondent '{provenance.Respondent}' as {provenance.Category}, but the consultation records {group}", "catalogue", at + ".category");
            }
        }
    }

    private static DomainValidationException Fault(string rule, string message, string member, string location) =>
        new(rule, message + ".", member, location);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
