using System;

namespace Wgec.Core.Catalogue;

/// <summary>A mechanism's claim to address an issue or an area, fully or partially.</summary>
/// <remarks>Equality is by content. There is no default value (a class). Immutable and thread-safe.</remarks>
public sealed class MechanismLink : IEquatable<MechanismLink>
{
    /// <summary>Creates a link.</summary>
    /// <param name="target">Whether the link refers to an issue or an area.</param>
    /// <param name="number">The issue or area number, 1 or more.</param>
    /// <param name="coverage">How far the mechanism addresses it: partial or full.</param>
    /// <exception cref="ArgumentException">A value is undefined, the number is not positive, or the coverage is <see cref="Coverage.None"/>.</exception>
    public MechanismLink(MappingTargetKind target, int number, Coverage coverage)
    {
        Preconditions.Defined(target);
        Preconditions.Positive(number);
        Preconditions.Defined(coverage);
        if (coverage == Coverage.None)
        {
            throw new DomainValidationException("coverage-none", $"a link to {target} {number} must cover it partially or fully; leave the link out instead of None.", nameof(coverage));
        }

        Target = target;
        Number = number;
        Coverage = coverage;
    }

    /// <summary>Whether the link refers to an issue or an area.</summary>
    public MappingTargetKind Target { get; }

    /// <summary>The issue or area number.</summary>
    public int Number { get; }

    /// <summary>How far the mechanism addresses it.</summary>
    public Coverage Coverage { get; }

    /// <inheritdoc/>
    public bool Equals(MechanismLink? other) => other is not null && Target == other.Target && Number == other.Number && Coverage == other.Coverage;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MechanismLink);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Target, Number, Coverage);

    /// <summary>The link as text, e.g. "Issue 2: Partial".</summary>
    /// <returns>The link as text.</returns>
    public override string ToString() => $"{Target} {Number}: {Coverage}";
}
