using Wgec.Core.Identifiers;

namespace Wgec.Core.Serialization.Common;

/// <summary>JSON shape of <see cref="Identifiers.Derivation"/>. Property order is the JSON order.</summary>
internal sealed class DerivationDto
{
    public required DerivationKind Kind { get; set; }

    public required string Reason { get; set; }
}
