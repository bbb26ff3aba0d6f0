using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.ItemProvenance"/>. Property order is the JSON order.</summary>
internal sealed class ItemProvenanceDto
{
    public required RespondentId Respondent { get; set; }

    public required int Question { get; set; }

    public required StakeholderGroup Category { get; set; }

    public string? ExcerptLocation { get; set; }
}
