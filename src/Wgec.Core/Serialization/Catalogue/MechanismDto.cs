using System.Collections.Generic;
using Wgec.Core.Catalogue;
using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.Mechanism"/>. Property order is the JSON order.</summary>
internal sealed class MechanismDto
{
    public required string Name { get; set; }

    public required MechanismType Type { get; set; }

    public required SourceReferenceDto Mandate { get; set; }

    public required List<MechanismLinkDto> Links { get; set; }
}
