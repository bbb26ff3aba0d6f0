using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;
using Wgec.Core.Catalogue;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>Maps the catalogue's derived views (reports, traces, comparisons, gaps) to and from their DTOs.</summary>
internal static class ReportMapping
{
    public static ConsolidationReportDto ToDto(ConsolidationReport value) => new()
    {
        ItemsIn = value.ItemsIn,
        ItemsUnaccounted = value.ItemsUnaccounted,
        IssuesOut = value.IssuesOut,
        OperationsByKind = Kinds(value.OperationsByKind),
        ItemsByKind = Kinds(value.ItemsByKind),
        IssuesByKind = Kinds(value.IssuesByKind),
        DiscardedByReason = new ReasonCountsDto
        {
            Duplicate = value.DiscardedByReason[DiscardReason.Duplicate],
            OutOfScope = value.DiscardedByReason[DiscardReason.OutOfScope],
            NotAPublicPolicyIssue = value.DiscardedByReason[DiscardReason.NotAPublicPolicyIssue],
        },
    };

    public static ConsolidationReport? FromDto(ConsolidationReportDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new ConsolidationReport(
            dto.ItemsIn,
            dto.ItemsUnaccounted,
            dto.IssuesOut,
            Kinds(dto.OperationsByKind),
            Kinds(dto.ItemsByKind),
            Kinds(dto.IssuesByKind),
            new Dictionary<DiscardReason, int>
            {
                [DiscardReason.Duplicate] = dto.DiscardedByReason.Duplicate,
                [DiscardReason.OutOfScope] = dto.DiscardedByReason.OutOfScope,
                [DiscardReason.NotAPublicPolicyIssue] = dto.DiscardedByReason.NotAPublicPolicyIssue,
            }));

    public static IssueTraceDto ToDto(IssueTrace value) => new()
    {
        Issue = CatalogueMapping.ToDto(value.Issue),
        Items = value.Items.Select(CatalogueMapping.ToDto).ToList(),
    };

    public static IssueTrace? FromDto(IssueTraceDto dto, string path, ReadErrors errors)
    {
        var issue = CatalogueMapping.FromDto(dto.Issue, ReadErrors.Member(path, "issue"), errors);
        var items = errors.MapAll(dto.Items, ReadErrors.Member(path, "items"), (d, p) => CatalogueMapping.FromDto(d, p, errors));
        return issue is null || items is null ? null : errors.Build(path, () => new IssueTrace(issue, items.Value));
    }

    public static DeclaredCountComparisonDto ToDto(DeclaredCountComparison value) => new()
    {
        Declared = CatalogueMapping.ToDto(value.Declared),
        RecordedItems = value.RecordedItems,
        RecordedIssues = value.RecordedIssues,
    };

    public static DeclaredCountComparison? FromDto(DeclaredCountComparisonDto dto, string path, ReadErrors errors)
    {
        var declared = CatalogueMapping.FromDto(dto.Declared, ReadErrors.Member(path, "declared"), errors);
        return declared is null ? null : errors.Build(path, () => new DeclaredCountComparison(declared, dto.RecordedItems, dto.RecordedIssues));
    }

    public static GapDto ToDto(Gap value) => new()
    {
        Rank = value.Rank,
        Target = value.Target,
        Number = value.Number,
        Title = value.Title,
        Coverage = value.Coverage,
        PartialMechanisms = value.PartialMechanisms.ToList(),
        RespondentCount = value.RespondentCount,
        Categories = value.Categories.ToList(),
    };

    public static Gap? FromDto(GapDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new Gap(dto.Rank, dto.Target, dto.Number, dto.Title, dto.Coverage, dto.PartialMechanisms, dto.RespondentCount, dto.Categories));

    public static GapReportDto ToDto(GapReport value) => new()
    {
        Issues = value.Issues.Select(ToDto).ToList(),
        Areas = value.Areas.Select(ToDto).ToList(),
        IssuesAnalysed = value.IssuesAnalysed,
        AreasAnalysed = value.AreasAnalysed,
    };

    public static GapReport? FromDto(GapReportDto dto, string path, ReadErrors errors)
    {
        var issues = errors.MapAll(dto.Issues, ReadErrors.Member(path, "issues"), (d, p) => FromDto(d, p, errors));
        var areas = errors.MapAll(dto.Areas, ReadErrors.Member(path, "areas"), (d, p) => FromDto(d, p, errors));
        return issues is null || areas is null ? null : errors.Build(path, () => new GapReport(issues.Value, areas.Value, dto.IssuesAnalysed, dto.AreasAnalysed));
    }

    internal static void Register(IList<JsonConverter> converters)
    {
        converters.Add(new DtoConverter<ConsolidationReport, ConsolidationReportDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<IssueTrace, IssueTraceDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<DeclaredCountComparison, DeclaredCountComparisonDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<Gap, GapDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<GapReport, GapReportDto>(ToDto, FromDto));
    }

    private static KindCountsDto Kinds(ImmutableSortedDictionary<ConsolidationOperationKind, int> counts) => new()
    {
        Merge = counts[ConsolidationOperationKind.Merge],
        Split = counts[ConsolidationOperationKind.Split],
        Keep = counts[ConsolidationOperationKind.Keep],
        Discard = counts[ConsolidationOperationKind.Discard],
    };

    private static Dictionary<ConsolidationOperationKind, int> Kinds(KindCountsDto dto) => new()
    {
        [ConsolidationOperationKind.Merge] = dto.Merge,
        [ConsolidationOperationKind.Split] = dto.Split,
        [ConsolidationOperationKind.Keep] = dto.Keep,
        [ConsolidationOperationKind.Discard] = dto.Discard,
    };
}
