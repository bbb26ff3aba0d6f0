using System;

namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// A secondary reference value drawn across one bar, e.g. the declared total (69) across the bar
/// of the sum of the categories (71).
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is by content (value, ordinal label).</remarks>
internal sealed class BarMarker : IEquatable<BarMarker>
{
    /// <summary>Creates a marker.</summary>
    /// <param name="value">The reference value; finite and zero or more.</param>
    /// <param name="label">What the value is, e.g. "declared total"; shown with the value.</param>
    /// <exception cref="System.ArgumentException">The label is blank or the value is negative or not finite.</exception>
    internal BarMarker(double value, string label)
    {
        Label = ChartGuard.Text(label, nameof(label));
        Value = ChartGuard.Value(value, Label, nameof(value));
    }

    /// <summary>The reference value.</summary>
    internal double Value { get; }

    /// <summary>What the value is.</summary>
    internal string Label { get; }

    /// <inheritdoc/>
    public bool Equals(BarMarker? other) =>
        other is not null && Value.Equals(other.Value) && string.Equals(Label, other.Label, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BarMarker);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, StringComparer.Ordinal.GetHashCode(Label));
}
