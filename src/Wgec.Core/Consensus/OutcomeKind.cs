namespace Wgec.Core.Consensus;

/// <summary>The outcome of a reading, or of a recommendation inside its packages and conditions.</summary>
/// <remarks>
/// <c>default</c> is <see cref="Unspecified"/>, which every constructor rejects: a zero-initialised
/// value never means agreement. JSON writes the camelCase names; <see cref="Unspecified"/> has none.
/// </remarks>
public enum OutcomeKind
{
    /// <summary>No outcome given: the zero value, rejected wherever an outcome is required.</summary>
    Unspecified = 0,

    /// <summary>Agreed, with the reservations recorded.</summary>
    Agreed = 1,

    /// <summary>No consensus yet; further readings remain.</summary>
    ToBeRevisited = 2,

    /// <summary>No consensus at the final reading, or declared so.</summary>
    NoAgreement = 3,
}
