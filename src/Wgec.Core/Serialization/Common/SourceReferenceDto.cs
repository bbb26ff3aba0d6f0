namespace Wgec.Core.Serialization.Common;

/// <summary>JSON shape of <see cref="Identifiers.SourceReference"/>. Property order is the JSON order.</summary>
internal sealed class SourceReferenceDto
{
    public required string Citation { get; set; }

    public string? Address { get; set; }

    /// <summary>Absent for a stated fact, so documents without derivations keep their bytes.</summary>
    public DerivationDto? Derivation { get; set; }
}
