using System.Collections.Generic;
using Wgec.Core.Catalogue;
using Wgec.Core.Process;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.Gap"/>. Property order is the JSON order.</summary>
internal sealed class GapDto
{
    public required int Rank { get; set; }

    public required MappingTargetKind Target { get; set; }

    public required int Number { get; set; }

    public required string Title { get; set; }

    public required Coverage Coverage { get; set; }

    public required List<string> PartialMechanisms { get; set; }

    public required int RespondentCount { get; set; }

    public required List<StakeholderGroup> Categories { get; set; }
}
