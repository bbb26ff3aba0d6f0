using Wgec.Core.Catalogue;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.RawItem"/>. Property order is the JSON order.</summary>
internal sealed class RawItemDto
{
    public required RawItemId Id { get; set; }

    public required string Text { get; set; }

    public required ItemProvenanceDto Provenance { get; set; }
}
