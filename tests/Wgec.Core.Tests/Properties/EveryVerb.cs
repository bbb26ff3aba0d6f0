using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Reporting;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Properties;

/// <summary>
/// Everything the library offers on a dossier, run once: every query of every section, every built-in rule
/// (with the path to consensus of each recommendation it leaves unagreed), the summary, the report in every
/// format (Markdown, HTML, JSON) and the timeline. What validates must survive all of it.
/// </summary>
internal static class EveryVerb
{
    /// <summary>Each built-in rule at its defaults.</summary>
    public static IReadOnlyList<IConsensusRule> Rules { get; } = ConsensusRuleRegistry.Default.Names
        .Where(n => n is not "all-of" and not "any-of")
        .Select(n => ConsensusRuleRegistry.Default.Create(Descriptor(n)))
        .Concat([ConsensusRuleRegistry.Default.Create(Descriptor("any-of(un-consensus, qualified-majority)"))])
        .ToList();

    /// <summary>Runs everything (the summary under the dossier's own rule and a composed one); an exception escapes to fail the caller's test.</summary>
    public static void Run(Dossier dossier)
    {
        _ = dossier.Roster();
        _ = dossier.DecisionRule();
        _ = dossier.Timeline().ToString();
        _ = dossier.DataQualityFindings();
        _ = dossier.GapReport()?.ToString();
        Queries(dossier);
        foreach (var rule in Rules.Prepend(dossier.DecisionRule()))
        {
            foreach (var (id, outcome) in dossier.Evaluate(rule))
            {
                _ = outcome.Findings.Select(f => f.ToString()).ToList();
                if (!outcome.IsAgreed)
                {
                    _ = dossier.PathTo(id, rule).ToString();
                }
            }
        }

        _ = DossierSummary.ToText(dossier, Rules[Rules.Count - 1]);

        var outline = dossier.Report();
        _ = MarkdownReportRenderer.Render(outline);
        _ = JsonSerializer.Serialize(outline, WgecJson.IndentedOptions);
        _ = HtmlReportRenderer.Render(dossier);
        _ = DossierSummary.ToText(dossier);
    }

    private static void Queries(Dossier dossier)
    {
        if (dossier.Consultation is { } consultation)
        {
            _ = consultation.ByRespondent();
            _ = consultation.ByQuestion();
            _ = consultation.ByGroup();
            _ = consultation.CountMatrix();
            _ = consultation.Distribution().ToString();
            _ = consultation.DeclaredDistribution().ToString();
            _ = consultation.LateSubmissions;
            _ = consultation.Findings();
            foreach (var respondent in consultation.Respondents)
            {
                _ = consultation.History(respondent.Id);
            }
        }

        if (dossier.Catalogue is { } catalogue)
        {
            _ = catalogue.CountsPerCategory();
            _ = catalogue.CompareWithDeclared()?.Findings;
            foreach (var issue in catalogue.Issues)
            {
                _ = catalogue.ByCategory(issue.Category);
                _ = issue.Grouping is { } grouping ? catalogue.ByGrouping(grouping) : default;
                _ = catalogue.ByStatus(issue.Status);
            }

            if (catalogue.Consolidation is { } consolidation)
            {
                _ = consolidation.Report().ToString();
                foreach (var issue in catalogue.Issues)
                {
                    _ = catalogue.Trace(issue.Number);
                }

                foreach (var item in consolidation.RawItems)
                {
                    _ = catalogue.IssuesFrom(item.Id);
                    _ = consolidation.OperationFor(item.Id)?.ToString();
                }
            }
        }

        foreach (var recommendation in dossier.Deliberation.Recommendations)
        {
            _ = dossier.Deliberation.LatestReading(recommendation.Id);
        }
    }

    private static RuleDescriptor Descriptor(string text) =>
        RuleDescriptor.TryParse(text, out var descriptor, out var error) ? descriptor! : throw new System.InvalidOperationException(error);
}
