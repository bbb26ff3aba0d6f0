namespace Wgec.Core.Recommendations;

/// <summary>Where a recommendation stands in its lifecycle (see <see cref="LifecycleTable"/>).</summary>
/// <remarks><c>default</c> is <see cref="Draft"/>.</remarks>
public enum RecommendationState
{
    /// <summary>Drafted, not yet read.</summary>
    Draft = 0,

    /// <summary>Read at a meeting; no outcome recorded yet.</summary>
    UnderDiscussion = 1,

    /// <summary>Agreed.</summary>
    Agreed = 2,

    /// <summary>Not agreed; to be revisited at a later reading.</summary>
    ToBeRevisited = 3,

    /// <summary>Not agreed at the final reading, or declared so.</summary>
    NoAgreement = 4,
}
