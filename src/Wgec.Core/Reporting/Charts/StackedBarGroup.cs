using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Wgec.Core.Internal;

namespace Wgec.Core.Reporting.Charts;

/// <summary>
/// One stacked bar: a group label (e.g. "Group A") and one value per segment, in the order of
/// <see cref="StackedBarChartData.Segments"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is by content (ordinal label, values in order).</remarks>
internal sealed class StackedBarGroup : IEquatable<StackedBarGroup>
{
    /// <summary>Creates a group.</summary>
    /// <param name="label">The group label.</param>
    /// <param name="values">One value per segment, each finite and zero or more.</param>
    /// <exception cref="System.ArgumentException">The label is blank, or a value is negative or not finite.</exception>
    internal StackedBarGroup(string label, IEnumerable<double> values)
    {
        Label = ChartGuard.Text(label, nameof(label));
        Values = Immutable.ToArrayChecked(values, nameof(values));
        for (var i = 0; i < Values.Length; i++)
        {
            ChartGuard.Value(Values[i], Label + " (segment " + (i + 1).ToString(CultureInfo.InvariantCulture) + ")", nameof(values), $"values[{i}]");
        }
    }

    /// <summary>The group label.</summary>
    internal string Label { get; }

    /// <summary>The segment values, in segment order.</summary>
    internal ImmutableArray<double> Values { get; }

    /// <summary>The sum of the values (the length of the bar).</summary>
    internal double Total => Values.Sum();

    /// <inheritdoc/>
    public bool Equals(StackedBarGroup? other) =>
        other is not null && string.Equals(Label, other.Label, StringComparison.Ordinal) && Immutable.SequenceEqual(Values, other.Values);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StackedBarGroup);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Label), Immutable.SequenceHash(Values));
}
