namespace Wgec.Core.Consensus;

/// <summary>The outcome of a reading, or of a recommendation inside its packages and conditions.</summary>
/// <remarks><c>default</c> is <see cref="Agreed"/>.</remarks>
public enum OutcomeKind
{
    /// <summary>Agreed, with the reservations recorded.</summary>
    Agreed = 0,

    /// <summary>No consensus yet; further readings remain.</summary>
    ToBeRevisited = 1,

    /// <summary>No consensus at the final reading, or declared so.</summary>
    NoAgreement = 2,
}
