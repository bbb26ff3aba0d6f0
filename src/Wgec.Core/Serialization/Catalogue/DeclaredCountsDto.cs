using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.DeclaredCounts"/>. Property order is the JSON order.</summary>
internal sealed class DeclaredCountsDto
{
    public required int ItemsIn { get; set; }

    public required int IssuesOut { get; set; }

    public required SourceReferenceDto Source { get; set; }
}
