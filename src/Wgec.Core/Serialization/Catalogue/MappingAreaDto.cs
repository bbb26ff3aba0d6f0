using System.Collections.Generic;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.MappingArea"/>. Property order is the JSON order.</summary>
internal sealed class MappingAreaDto
{
    public required int Number { get; set; }

    public required string Name { get; set; }

    public required List<int> IssueNumbers { get; set; }
}
