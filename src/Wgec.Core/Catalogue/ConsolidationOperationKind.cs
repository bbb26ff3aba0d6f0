namespace Wgec.Core.Catalogue;

/// <summary>What one consolidation operation does with the raw items it accounts for.</summary>
/// <remarks>The default is <see cref="Merge"/>.</remarks>
public enum ConsolidationOperationKind
{
    /// <summary>Two or more raw items become one issue.</summary>
    Merge = 0,

    /// <summary>One raw item becomes two or more issues.</summary>
    Split = 1,

    /// <summary>One raw item becomes one issue as it is.</summary>
    Keep = 2,

    /// <summary>One or more raw items are set aside, with a reason; no issue results.</summary>
    Discard = 3,
}
