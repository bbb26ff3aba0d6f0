using System.Collections.Generic;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Serialization.Recommendations;

/// <summary>JSON shape of <see cref="Reporting.ReportSection"/>.</summary>
internal sealed class ReportSectionDto
{
    public required string Heading { get; set; }

    public List<string>? Paragraphs { get; set; }

    public List<string>? Items { get; set; }

    public List<ReportSectionDto?>? Subsections { get; set; }
}

/// <summary>JSON shape of <see cref="Reporting.ReportOutline"/>.</summary>
internal sealed class ReportOutlineDto
{
    public required string Title { get; set; }

    public required List<ReportSectionDto?> Sections { get; set; }
}

/// <summary>JSON shape of <see cref="Reporting.ReportGroup"/>.</summary>
internal sealed class ReportGroupDto
{
    public required GroupKey Key { get; set; }

    public required string Title { get; set; }
}
