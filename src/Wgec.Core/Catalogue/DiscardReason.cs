namespace Wgec.Core.Catalogue;

/// <summary>Why a raw item was discarded during consolidation.</summary>
/// <remarks>The default is <see cref="Duplicate"/>.</remarks>
public enum DiscardReason
{
    /// <summary>The item repeats one already accounted for.</summary>
    Duplicate = 0,

    /// <summary>The item is outside the scope of enhanced cooperation.</summary>
    OutOfScope = 1,

    /// <summary>The item is not an international Internet public-policy issue.</summary>
    NotAPublicPolicyIssue = 2,
}
