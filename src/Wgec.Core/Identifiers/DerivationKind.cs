namespace Wgec.Core.Identifiers;

/// <summary>How a fact that its source does not state outright was arrived at.</summary>
public enum DerivationKind
{
    /// <summary>Inferred from what the source does state (e.g. which question is the comments question).</summary>
    Inferred = 0,

    /// <summary>Computed or read off from stated figures (e.g. the number of a table's last row).</summary>
    Derived = 1,

    /// <summary>Reconstructed to fill a structure the source gives only in part (e.g. whole-day sessions from dates).</summary>
    Reconstructed = 2,
}
