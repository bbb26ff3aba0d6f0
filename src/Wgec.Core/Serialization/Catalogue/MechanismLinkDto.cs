using Wgec.Core.Catalogue;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.MechanismLink"/>. Property order is the JSON order.</summary>
internal sealed class MechanismLinkDto
{
    public required MappingTargetKind Target { get; set; }

    public required int Number { get; set; }

    public required Coverage Coverage { get; set; }
}
