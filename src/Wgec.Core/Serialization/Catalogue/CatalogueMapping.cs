using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Catalogue;
using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>Maps the issue catalogue types to and from their DTOs: <c>ToDto</c> is total; <c>FromDto</c> records errors at JSON paths.</summary>
internal static class CatalogueMapping
{
    public static ItemProvenanceDto ToDto(ItemProvenance value) => new()
    {
        Respondent = value.Respondent,
        Question = value.Question,
        Category = value.Category,
        ExcerptLocation = value.ExcerptLocation,
    };

    public static ItemProvenance? FromDto(ItemProvenanceDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new ItemProvenance(dto.Respondent, dto.Question, dto.Category, dto.ExcerptLocation));

    public static RawItemDto ToDto(RawItem value) => new()
    {
        Id = value.Id,
        Text = value.Text,
        Provenance = ToDto(value.Provenance),
    };

    public static RawItem? FromDto(RawItemDto dto, string path, ReadErrors errors)
    {
        var provenance = FromDto(dto.Provenance, ReadErrors.Member(path, "provenance"), errors);
        return provenance is null ? null : errors.Build(path, () => new RawItem(dto.Id, dto.Text, provenance));
    }

    public static CategoryTaxonomyDto ToDto(CategoryTaxonomy value) => new()
    {
        Name = value.Name,
        Categories = value.Categories.ToList(),
    };

    public static CategoryTaxonomy? FromDto(CategoryTaxonomyDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new CategoryTaxonomy(dto.Name, dto.Categories));

    public static CatalogueIssueDto ToDto(CatalogueIssue value) => new()
    {
        Number = value.Number,
        Title = value.Title,
        Category = value.Category,
        Grouping = value.Grouping,
        ActivitiesAndApproaches = value.ActivitiesAndApproaches.ToList(),
        Status = value.Status,
        SourceItems = value.SourceItems.ToList(),
    };

    public static CatalogueIssue? FromDto(CatalogueIssueDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new CatalogueIssue(dto.Number, dto.Title, dto.Category, dto.Grouping, dto.ActivitiesAndApproaches, dto.Status, dto.SourceItems));

    public static ConsolidationOperationDto ToDto(ConsolidationOperation value) => new()
    {
        Kind = value.Kind,
        Items = value.Items.ToList(),
        Issues = value.Issues.Select(ToDto).ToList(),
        Reason = value.Reason,
        Note = value.Note,
    };

    public static ConsolidationOperation? FromDto(ConsolidationOperationDto dto, string path, ReadErrors errors)
    {
        var issues = errors.MapAll(dto.Issues, ReadErrors.Member(path, "issues"), (d, p) => FromDto(d, p, errors));
        return issues is null ? null : errors.Build(path, () => new ConsolidationOperation(dto.Kind, dto.Items, issues.Value, dto.Reason, dto.Note));
    }

    public static ConsolidationDto ToDto(Consolidation value) => new()
    {
        RawItems = value.RawItems.Select(ToDto).ToList(),
        Operations = value.Operations.Select(ToDto).ToList(),
    };

    public static Consolidation? FromDto(ConsolidationDto dto, string path, ReadErrors errors)
    {
        var items = errors.MapAll(dto.RawItems, ReadErrors.Member(path, "rawItems"), (d, p) => FromDto(d, p, errors));
        var operations = errors.MapAll(dto.Operations, ReadErrors.Member(path, "operations"), (d, p) => FromDto(d, p, errors));
        return items is null || operations is null ? null : errors.Build(path, () => new Consolidation(items.Value, operations.Value));
    }

    public static DeclaredCountsDto ToDto(DeclaredCounts value) => new()
    {
        ItemsIn = value.ItemsIn,
        IssuesOut = value.IssuesOut,
        Source = CommonMapping.ToDto(value.Source),
    };

    public static DeclaredCounts? FromDto(DeclaredCountsDto dto, string path, ReadErrors errors)
    {
        var source = CommonMapping.FromDto(dto.Source, ReadErrors.Member(path, "source"), errors);
        return source is null ? null : errors.Build(path, () => new DeclaredCounts(dto.ItemsIn, dto.IssuesOut, source));
    }

    public static IssueCatalogueDto ToDto(IssueCatalogue value) => new()
    {
        Taxonomy = ToDto(value.Taxonomy),
        Issues = value.Issues.Select(ToDto).ToList(),
        Consolidation = value.Consolidation is null ? null : ToDto(value.Consolidation),
        Declared = value.Declared is null ? null : ToDto(value.Declared),
    };

    public static IssueCatalogue? FromDto(IssueCatalogueDto dto, string path, ReadErrors errors)
    {
        var taxonomy = FromDto(dto.Taxonomy, ReadErrors.Member(path, "taxonomy"), errors);
        var issues = errors.MapAll(dto.Issues, ReadErrors.Member(path, "issues"), (d, p) => FromDto(d, p, errors));
        var consolidation = dto.Consolidation is null ? null : FromDto(dto.Consolidation, ReadErrors.Member(path, "consolidation"), errors);
        var declared = dto.Declared is null ? null : FromDto(dto.Declared, ReadErrors.Member(path, "declared"), errors);
        if (taxonomy is null || issues is null || (dto.Consolidation is not null && consolidation is null) || (dto.Declared is not null && declared is null))
        {
            return null;
        }

        return errors.Build(path, () => new IssueCatalogue(taxonomy, issues.Value, consolidation, declared));
    }

    internal static void Register(IList<System.Text.Json.Serialization.JsonConverter> converters)
    {
        converters.Add(new DtoConverter<ItemProvenance, ItemProvenanceDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<RawItem, RawItemDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<CategoryTaxonomy, CategoryTaxonomyDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<CatalogueIssue, CatalogueIssueDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<ConsolidationOperation, ConsolidationOperationDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<Consolidation, ConsolidationDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<DeclaredCounts, DeclaredCountsDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<IssueCatalogue, IssueCatalogueDto>(ToDto, FromDto));
    }
}
