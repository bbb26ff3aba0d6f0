using System;

namespace Wgec.Core.Recommendations;

/// <summary>
/// A named two-pole axis on which opinions are placed, e.g. the WGEC's "enhanced cooperation:
/// nothing happened ↔ much happened".
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class DivergenceAxis : IEquatable<DivergenceAxis>
{
    /// <summary>Creates an axis.</summary>
    /// <param name="name">The axis name, e.g. "enhanced cooperation"; its key in placements.</param>
    /// <param name="leftPole">The pole at −1, e.g. "nothing happened".</param>
    /// <param name="rightPole">The pole at +1, e.g. "much happened".</param>
    /// <exception cref="ArgumentException">A text is blank, or the poles are equal.</exception>
    public DivergenceAxis(string name, string leftPole, string rightPole)
    {
        Preconditions.NotBlank(name);
        Preconditions.NotBlank(leftPole);
        Preconditions.NotBlank(rightPole);
        if (string.Equals(leftPole.Trim(), rightPole.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainValidationException("same-poles", $"axis '{name}' needs two different poles.", nameof(rightPole));
        }

        Name = name.Trim();
        LeftPole = leftPole.Trim();
        RightPole = rightPole.Trim();
    }

    /// <summary>The axis name.</summary>
    public string Name { get; }

    /// <summary>The pole at −1.</summary>
    public string LeftPole { get; }

    /// <summary>The pole at +1.</summary>
    public string RightPole { get; }

    /// <inheritdoc/>
    public bool Equals(DivergenceAxis? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(LeftPole, other.LeftPole, StringComparison.Ordinal) && string.Equals(RightPole, other.RightPole, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DivergenceAxis);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), StringComparer.Ordinal.GetHashCode(LeftPole));

    /// <summary>The axis as text, e.g. "enhanced cooperation: nothing happened ↔ much happened".</summary>
    /// <returns>The axis as text.</returns>
    public override string ToString() => $"{Name}: {LeftPole} ↔ {RightPole}";
}
