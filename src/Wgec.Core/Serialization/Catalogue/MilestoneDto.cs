using NodaTime;
using Wgec.Core.Catalogue;
using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.Milestone"/>. Property order is the JSON order.</summary>
internal sealed class MilestoneDto
{
    public required LocalDate Due { get; set; }

    public required MilestoneKind Kind { get; set; }

    public required string Description { get; set; }

    public SourceReferenceDto? Source { get; set; }
}
