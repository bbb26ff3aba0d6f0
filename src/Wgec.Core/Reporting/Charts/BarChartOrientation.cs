namespace Wgec.Core.Reporting.Charts;

/// <summary>The direction in which the bars of a <see cref="BarChartData"/> grow.</summary>
internal enum BarChartOrientation
{
    /// <summary>Bars grow to the right; category labels on the left (best for long labels).</summary>
    Horizontal,

    /// <summary>Bars grow upwards; category labels below.</summary>
    Vertical,
}
