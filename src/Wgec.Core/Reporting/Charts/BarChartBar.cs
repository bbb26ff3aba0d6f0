using System;

namespace Wgec.Core.Reporting.Charts;

/// <summary>One category of a bar chart: its label, its value and how it is marked.</summary>
/// <remarks>Immutable and thread-safe. Equality is by content (label, value, flag, marker, value label).</remarks>
internal sealed class BarChartBar : IEquatable<BarChartBar>
{
    /// <summary>Creates a bar.</summary>
    /// <param name="label">The category label, e.g. "Governments".</param>
    /// <param name="value">The value; finite and zero or more.</param>
    /// <param name="flagged">Whether the bar is part of a discrepancy (drawn in the alert colour, its value marked with †).</param>
    /// <param name="marker">An optional reference value drawn across the bar.</param>
    /// <param name="valueLabel">Optional text shown instead of the formatted value, e.g. "29 (42%)".</param>
    /// <exception cref="System.ArgumentException">The label is blank, or the value is negative or not finite.</exception>
    internal BarChartBar(string label, double value, bool flagged = false, BarMarker? marker = null, string? valueLabel = null)
    {
        Label = ChartGuard.Text(label, nameof(label));
        Value = ChartGuard.Value(value, Label, nameof(value));
        Flagged = flagged;
        Marker = marker;
        ValueLabel = string.IsNullOrWhiteSpace(valueLabel) ? Html.MarkupText.Display(value) : valueLabel!.Trim();
    }

    /// <summary>The category label.</summary>
    internal string Label { get; }

    /// <summary>The value.</summary>
    internal double Value { get; }

    /// <summary>Whether the bar is part of a discrepancy.</summary>
    internal bool Flagged { get; }

    /// <summary>The reference marker, or <see langword="null"/>.</summary>
    internal BarMarker? Marker { get; }

    /// <summary>The text shown at the end of the bar.</summary>
    internal string ValueLabel { get; }

    /// <inheritdoc/>
    public bool Equals(BarChartBar? other) =>
        other is not null
        && string.Equals(Label, other.Label, StringComparison.Ordinal)
        && Value.Equals(other.Value)
        && Flagged == other.Flagged
        && Equals(Marker, other.Marker)
        && string.Equals(ValueLabel, other.ValueLabel, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BarChartBar);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Label), Value, Flagged, Marker, StringComparer.Ordinal.GetHashCode(ValueLabel));
}
