namespace Wgec.Core.Consensus;

/// <summary>Classifications of a <see cref="PositionKind"/> shared by every rule.</summary>
public static class PositionKindExtensions
{
    /// <summary>Whether the position counts as support (support, or support with a reservation).</summary>
    /// <param name="kind">The position.</param>
    /// <returns>Whether it is support.</returns>
    public static bool IsSupport(this PositionKind kind) => kind is PositionKind.Support or PositionKind.SupportWithReservation;

    /// <summary>Whether the participant was present and took a position (anything but absent).</summary>
    /// <param name="kind">The position.</param>
    /// <returns>Whether the participant was present.</returns>
    public static bool IsPresent(this PositionKind kind) => kind != PositionKind.Absent;

    /// <summary>Whether the position needs a text: a reservation or the reason of an objection.</summary>
    /// <param name="kind">The position.</param>
    /// <returns>Whether a text is required.</returns>
    public static bool RequiresText(this PositionKind kind) => kind is PositionKind.SupportWithReservation or PositionKind.Objection;
}
