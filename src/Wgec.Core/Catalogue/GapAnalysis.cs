using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Catalogue;

/// <summary>
/// Finds the gaps of a mapping exercise against an issue catalogue: issues and areas that no
/// mechanism covers, or that mechanisms cover only partially.
/// </summary>
/// <remarks>
/// Coverage of an issue is the greatest coverage of the links to it and to any area holding it.
/// Coverage of an area is the greatest of its own links and of what its issues give: full when it
/// has issues and all are fully covered by issue links, partial when some are covered at all.
/// Respondents and stakeholder categories of an area are the union over its issues. Withdrawn issues
/// are not analysed. Each list is ranked by: number of stakeholder categories (breadth of concern),
/// descending; then number of respondents, descending; then uncovered before partially covered;
/// then number, ascending — a total, deterministic order. Pure and thread-safe.
/// </remarks>
public static class GapAnalysis
{
    /// <summary>Analyses the gaps of <paramref name="mapping"/> against <paramref name="catalogue"/>.</summary>
    /// <param name="catalogue">The issue catalogue; with consolidation records, respondents and categories are counted.</param>
    /// <param name="mapping">The mapping exercise.</param>
    /// <returns>The ranked gaps.</returns>
    /// <exception cref="DomainValidationException">The mapping refers to an issue the catalogue does not hold; the message names it.</exception>
    public static GapReport Analyse(IssueCatalogue catalogue, MappingExercise mapping)
    {
        Preconditions.NotNull(catalogue);
        Preconditions.NotNull(mapping);
        var issues = catalogue.Issues.ToDictionary(i => i.Number);
        CheckIssueReferences(mapping, issues);

        var direct = new Dictionary<(MappingTargetKind, int), List<(string Name, Coverage Coverage)>>();
        foreach (var mechanism in mapping.Mechanisms)
        {
            foreach (var link in mechanism.Links)
            {
                if (!direct.TryGetValue((link.Target, link.Number), out var list))
                {
                    list = [];
                    direct.Add((link.Target, link.Number), list);
                }

                list.Add((mechanism.Name, link.Coverage));
            }
        }

        var concern = new Dictionary<int, (ImmutableHashSet<RespondentId> Respondents, ImmutableHashSet<StakeholderGroup> Categories)>();
        foreach (var issue in catalogue.Issues)
        {
            var items = catalogue.Consolidation is { } c ? issue.SourceItems.Select(c.Item).ToList() : [];
            concern[issue.Number] = (items.Select(i => i.Provenance.Respondent).ToImmutableHashSet(), items.Select(i => i.Provenance.Category).ToImmutableHashSet());
        }

        var issueGaps = new List<Gap>();
        var analysed = catalogue.Issues.Where(i => i.Status != IssueStatus.Withdrawn).ToList();
        foreach (var issue in analysed)
        {
            var links = Links(direct, MappingTargetKind.Issue, issue.Number)
                .Concat(mapping.Areas.Where(a => a.IssueNumbers.Contains(issue.Number)).SelectMany(a => Links(direct, MappingTargetKind.Area, a.Number)))
                .ToList();
            var coverage = links.Count == 0 ? Coverage.None : links.Max(l => l.Coverage);
            if (coverage != Coverage.Full)
            {
                var (respondents, categories) = concern[issue.Number];
                issueGaps.Add(MakeGap(MappingTargetKind.Issue, issue.Number, issue.Title, coverage, links, respondents, categories));
            }
        }

        var areaGaps = new List<Gap>();
        foreach (var area in mapping.Areas)
        {
            var own = Links(direct, MappingTargetKind.Area, area.Number).ToList();
            var held = area.IssueNumbers.Where(n => issues[n].Status != IssueStatus.Withdrawn).ToList();
            var fromIssues = held.Select(n => Links(direct, MappingTargetKind.Issue, n).Select(l => l.Coverage).DefaultIfEmpty(Coverage.None).Max()).ToList();
            var derived = fromIssues.Count > 0 && fromIssues.TrueForAll(c => c == Coverage.Full) ? Coverage.Full
                : fromIssues.Exists(c => c != Coverage.None) ? Coverage.Partial
                : Coverage.None;
            var coverage = own.Count == 0 ? derived : (Coverage)Math.Max((int)derived, (int)own.Max(l => l.Coverage));
            if (coverage != Coverage.Full)
            {
                var links = own.Concat(held.SelectMany(n => Links(direct, MappingTargetKind.Issue, n))).ToList();
                var respondents = held.SelectMany(n => concern[n].Respondents).ToImmutableHashSet();
                var categories = held.SelectMany(n => concern[n].Categories).ToImmutableHashSet();
                areaGaps.Add(MakeGap(MappingTargetKind.Area, area.Number, area.Name, coverage, links, respondents, categories));
            }
        }

        return new GapReport(Rank(issueGaps), Rank(areaGaps), analysed.Count, mapping.Areas.Length);
    }

    private static List<(string Name, Coverage Coverage)> Links(Dictionary<(MappingTargetKind, int), List<(string Name, Coverage Coverage)>> direct, MappingTargetKind kind, int number) =>
        direct.TryGetValue((kind, number), out var list) ? list : [];

    private static Gap MakeGap(MappingTargetKind kind, int number, string title, Coverage coverage, List<(string Name, Coverage Coverage)> links, ImmutableHashSet<RespondentId> respondents, ImmutableHashSet<StakeholderGroup> categories) =>
        new(
            1, // provisional; Rank assigns the final rank
            kind,
            number,
            title,
            coverage,
            links.Select(l => l.Name).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToImmutableArray(),
            respondents.Count,
            categories.OrderBy(c => c).ToImmutableArray());

    private static ImmutableArray<Gap> Rank(List<Gap> gaps) =>
        gaps.OrderByDescending(g => g.CategoryCount)
            .ThenByDescending(g => g.RespondentCount)
            .ThenBy(g => g.Coverage)
            .ThenBy(g => g.Number)
            .Select((g, i) => new Gap(i + 1, g.Target, g.Number, g.Title, g.Coverage, g.PartialMechanisms, g.RespondentCount, g.Categories))
            .ToImmutableArray();

    private static void CheckIssueReferences(MappingExercise mapping, Dictionary<int, CatalogueIssue> issues)
    {
        for (var i = 0; i < mapping.Areas.Length; i++)
        {
            var area = mapping.Areas[i];
            for (var k = 0; k < area.IssueNumbers.Length; k++)
            {
                if (!issues.ContainsKey(area.IssueNumbers[k]))
                {
                    throw new DomainValidationException("unknown-issue", $"area {area.Number} holds issue {area.IssueNumbers[k]}, which is not in the catalogue.", nameof(mapping), $"areas[{i}].issueNumbers[{k}]");
                }
            }
        }

        for (var i = 0; i < mapping.Mechanisms.Length; i++)
        {
            var mechanism = mapping.Mechanisms[i];
            for (var k = 0; k < mechanism.Links.Length; k++)
            {
                var link = mechanism.Links[k];
                if (link.Target == MappingTargetKind.Issue && !issues.ContainsKey(link.Number))
                {
                    throw new DomainValidationException("unknown-issue", $"mechanism '{mechanism.Name}' links issue {link.Number}, which is not in the catalogue.", nameof(mapping), $"mechanisms[{i}].links[{k}].number");
                }
            }
        }
    }
}
