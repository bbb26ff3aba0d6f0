namespace Wgec.Core.Consensus;

/// <summary>A participant's position on a recommendation at one reading.</summary>
/// <remarks>
/// <c>default</c> is <see cref="Unspecified"/>, which every constructor rejects: a zero-initialised
/// value never means support. JSON writes the camelCase names; <see cref="Unspecified"/> has none.
/// </remarks>
public enum PositionKind
{
    /// <summary>No position given: the zero value, rejected wherever a position is required.</summary>
    Unspecified = 0,

    /// <summary>Supports the recommendation.</summary>
    Support = 1,

    /// <summary>Supports it, with a reservation that is recorded (the text is required).</summary>
    SupportWithReservation = 2,

    /// <summary>Does not object: "can live with it". Takes a position, does not support.</summary>
    NoObjection = 3,

    /// <summary>Present and abstaining.</summary>
    Abstain = 4,

    /// <summary>Objects (the reason is required). Whether it blocks depends on its disposition and the rule.</summary>
    Objection = 5,

    /// <summary>Not present at the reading; takes no position.</summary>
    Absent = 6,
}
