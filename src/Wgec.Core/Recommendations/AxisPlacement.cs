using System;

namespace Wgec.Core.Recommendations;

/// <summary>Where an opinion lies on a <see cref="DivergenceAxis"/>: −1 at the left pole, +1 at the right.</summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class AxisPlacement : IEquatable<AxisPlacement>
{
    /// <summary>Creates a placement.</summary>
    /// <param name="axis">The axis name (<see cref="DivergenceAxis.Name"/>).</param>
    /// <param name="value">The position, in [−1, +1].</param>
    /// <exception cref="ArgumentException">The axis is blank or the value out of range.</exception>
    public AxisPlacement(string axis, double value)
    {
        Preconditions.NotBlank(axis);
        if (double.IsNaN(value) || value < -1 || value > 1)
        {
            throw new DomainValidationException("out-of-range", $"a placement on '{axis}' lies between -1 and +1.", nameof(value));
        }

        Axis = axis.Trim();
        Value = value;
    }

    /// <summary>The axis name.</summary>
    public string Axis { get; }

    /// <summary>The position, −1 (left pole) to +1 (right pole).</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public bool Equals(AxisPlacement? other) => other is not null && string.Equals(Axis, other.Axis, StringComparison.Ordinal) && Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AxisPlacement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Axis), Value);
}
