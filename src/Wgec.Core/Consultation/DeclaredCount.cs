using System;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Consultation;

/// <summary>
/// A count that a source declares, as opposed to one computed from records: the total number of
/// respondents (no group) or the number in one stakeholder group, with the source's own label.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class DeclaredCount : IEquatable<DeclaredCount>
{
    /// <summary>Creates a declared count.</summary>
    /// <param name="count">The count; zero or more.</param>
    /// <param name="source">Where the count is declared.</param>
    /// <param name="group">The stakeholder group counted, or <see langword="null"/> for a total.</param>
    /// <param name="label">The source's own label for the category (e.g. "business"), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The count is negative, the source is missing, the group undefined or the label blank.</exception>
    public DeclaredCount(int count, SourceReference source, StakeholderGroup? group = null, string? label = null)
    {
        Preconditions.NotNegative(count);
        Preconditions.NotNull(source);
        if (group is { } g)
        {
            Preconditions.Defined(g, nameof(group));
        }

        Count = count;
        Source = source;
        Group = group;
        Label = OptionalText.Trim(label, nameof(label));
    }

    /// <summary>The declared count.</summary>
    public int Count { get; }

    /// <summary>The group counted, or <see langword="null"/> for a total.</summary>
    public StakeholderGroup? Group { get; }

    /// <summary>The source's own label, or <see langword="null"/>.</summary>
    public string? Label { get; }

    /// <summary>Where it is declared.</summary>
    public SourceReference Source { get; }

    /// <inheritdoc/>
    public bool Equals(DeclaredCount? other) =>
        other is not null && Count == other.Count && Source.Equals(other.Source) && Group == other.Group && string.Equals(Label, other.Label, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DeclaredCount);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, Source, Group, Label is null ? 0 : StringComparer.Ordinal.GetHashCode(Label));
}
