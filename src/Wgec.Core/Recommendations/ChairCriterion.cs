namespace Wgec.Core.Recommendations;

/// <summary>The Chair's criteria for recommendations (report to CSTD 17, "Chair's assessment").</summary>
/// <remarks><c>default</c> is <see cref="Sequenced"/>.</remarks>
public enum ChairCriterion
{
    /// <summary>Sequenced: each has a place in its group's sequence, and what it depends on exists and comes first.</summary>
    Sequenced = 0,

    /// <summary>Implementable: What, How and Who are stated.</summary>
    Implementable = 1,
}
