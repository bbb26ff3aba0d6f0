using System;

namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// A linear value axis from zero to a "nice" maximum (a multiple of 1, 2, 2.5 or 5 × 10ⁿ) with
/// evenly spaced ticks, so gridlines fall on round numbers.
/// </summary>
/// <remarks>Immutable value; thread-safe.</remarks>
internal readonly struct ChartScale
{
    private ChartScale(double max, double step)
    {
        Max = max;
        Step = step;
    }

    /// <summary>The top of the axis; at least the largest value plotted.</summary>
    internal double Max { get; }

    /// <summary>The distance between ticks.</summary>
    internal double Step { get; }

    /// <summary>The number of intervals between ticks (ticks = this + 1).</summary>
    internal int Intervals => (int)Math.Round(Max / Step);

    /// <summary>The value of tick <paramref name="index"/>.</summary>
    internal double Tick(int index) => Math.Round(index * Step, 10);

    /// <summary>The fraction of the axis at which a value lies (0–1).</summary>
    internal double Fraction(double value) => value / Max;

    /// <summary>A scale covering zero to <paramref name="largest"/> with about <paramref name="targetTicks"/> intervals.</summary>
    internal static ChartScale Covering(double largest, int targetTicks = 5)
    {
        if (!(largest > 0))
        {
            return new ChartScale(1, 1);
        }

        var raw = largest / targetTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var residual = raw / magnitude;
        var nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10;
        var step = nice * magnitude;
        if (largest >= 1 && step < 1)
        {
            step = 1;
        }

        var max = Math.Ceiling((largest / step) - 1e-9) * step;
        return new ChartScale(max, step);
    }
}
