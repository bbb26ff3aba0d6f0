using System.Linq;
using Wgec.Core.Reporting;

namespace Wgec.Core.Serialization.Recommendations;

/// <summary>Maps the report outline to and from its DTOs, so HTML or JSON consumers can take the same model.</summary>
internal static class ReportMapping
{
    public static ReportSectionDto ToDto(ReportSection value) => new()
    {
        Heading = value.Heading,
        Paragraphs = value.Paragraphs.IsEmpty ? null : value.Paragraphs.ToList(),
        Items = value.Items.IsEmpty ? null : value.Items.ToList(),
        Subsections = value.Subsections.IsEmpty ? null : value.Subsections.Select(s => (ReportSectionDto?)ToDto(s)).ToList(),
    };

    public static ReportSection? FromDto(ReportSectionDto dto, string path, ReadErrors errors)
    {
        var subsections = dto.Subsections is null ? [] : errors.MapAll(dto.Subsections, ReadErrors.Member(path, "subsections"), (s, at) => FromDto(s, at, errors));
        return subsections is null ? null : errors.Build(path, () => new ReportSection(dto.Heading, dto.Paragraphs, dto.Items, subsections.Value));
    }

    public static ReportOutlineDto ToDto(ReportOutline value) => new()
    {
        Title = value.Title,
        Sections = value.Sections.Select(s => (ReportSectionDto?)ToDto(s)).ToList(),
    };

    public static ReportOutline? FromDto(ReportOutlineDto dto, string path, ReadErrors errors)
    {
        var sections = errors.MapAll(dto.Sections, ReadErrors.Member(path, "sections"), (s, at) => FromDto(s, at, errors));
        return sections is null ? null : errors.Build(path, () => new ReportOutline(dto.Title, sections.Value));
    }

    public static ReportGroupDto ToDto(ReportGroup value) => new() { Key = value.Key, Title = value.Title };

    public static ReportGroup? FromDto(ReportGroupDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new ReportGroup(dto.Key, dto.Title));
}
