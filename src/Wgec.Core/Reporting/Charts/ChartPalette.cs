namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// The chart colours: muted, distinguishable in greyscale print, with a text colour that keeps
/// contrast on each fill. Series take colours in order and wrap around.
/// </summary>
/// <remarks>Constant data; thread-safe.</remarks>
internal static class ChartPalette
{
    /// <summary>The ink for text and axes.</summary>
    internal const string Ink = "#1a1a1a";

    /// <summary>Secondary ink for ticks and notes.</summary>
    internal const string MutedInk = "#4d4d4d";

    /// <summary>Light gridlines.</summary>
    internal const string Grid = "#d9d9d9";

    /// <summary>The fill of ordinary bars.</summary>
    internal const string Bar = "#4a5d73";

    /// <summary>The colour that marks a discrepancy or a reference marker.</summary>
    internal const string Alert = "#8a1c1c";

    /// <summary>The fill of a bar flagged as part of a discrepancy.</summary>
    internal const string FlaggedBar = "#b4665c";

    /// <summary>The background of a discrepancy note.</summary>
    internal const string AlertBackground = "#fbf3f2";

    /// <summary>The number of distinct series colours.</summary>
    internal const int SeriesCount = 6;

    /// <summary>The fill of series <paramref name="index"/> (wrapping after <see cref="SeriesCount"/>).</summary>
    internal static string SeriesFill(int index) => (index % SeriesCount) switch
    {
        0 => "#2f5d50",
        1 => "#d4b04a",
        2 => "#8a1c1c",
        3 => "#c4c4c4",
        4 => "#4a5d73",
        _ => "#7a5c99",
    };

    /// <summary>The text colour that reads on series <paramref name="index"/>.</summary>
    internal static string SeriesText(int index) => (index % SeriesCount) switch
    {
        1 or 3 => Ink,
        _ => "#ffffff",
    };
}
