namespace Wgec.Core.Consensus;

/// <summary>A participant's position on a recommendation at one reading.</summary>
/// <remarks><c>default</c> is <see cref="Support"/>. JSON writes the camelCase names.</remarks>
public enum PositionKind
{
    /// <summary>Supports the recommendation.</summary>
    Support = 0,

    /// <summary>Supports it, with a reservation that is recorded (the text is required).</summary>
    SupportWithReservation = 1,

    /// <summary>Does not object: "can live with it". Takes a position, does not support.</summary>
    NoObjection = 2,

    /// <summary>Present and abstaining.</summary>
    Abstain = 3,

    /// <summary>Objects (the reason is required). Whether it blocks depends on its disposition and the rule.</summary>
    Objection = 4,

    /// <summary>Not present at the reading; takes no position.</summary>
    Absent = 5,
}
