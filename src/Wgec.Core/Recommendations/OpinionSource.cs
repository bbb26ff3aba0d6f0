namespace Wgec.Core.Recommendations;

/// <summary>Where an opinion comes from.</summary>
/// <remarks><c>default</c> is <see cref="Objection"/>.</remarks>
public enum OpinionSource
{
    /// <summary>An objection to a recommendation that was not agreed.</summary>
    Objection = 0,

    /// <summary>A reservation on a recommendation that was not agreed.</summary>
    Reservation = 1,

    /// <summary>A statement made outside a reading (e.g. a divergent view included in the report).</summary>
    Statement = 2,
}
