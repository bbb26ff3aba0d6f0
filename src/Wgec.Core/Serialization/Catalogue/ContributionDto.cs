using NodaTime;
using Wgec.Core.Process;
using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.Contribution"/>. Property order is the JSON order.</summary>
internal sealed class ContributionDto
{
    public required string Contributor { get; set; }

    public required string Title { get; set; }

    public StakeholderGroup? Category { get; set; }

    public LocalDate? Submitted { get; set; }

    public SourceReferenceDto? Source { get; set; }
}
