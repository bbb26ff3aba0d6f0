namespace Wgec.Core.Catalogue;

/// <summary>What a mechanism link or a gap refers to: a catalogue issue or a mapping area.</summary>
/// <remarks>The default is <see cref="Issue"/>.</remarks>
public enum MappingTargetKind
{
    /// <summary>A catalogue issue, by its number.</summary>
    Issue = 0,

    /// <summary>A mapping area, by its number.</summary>
    Area = 1,
}
