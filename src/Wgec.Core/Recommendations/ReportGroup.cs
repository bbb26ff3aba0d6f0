using System;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Recommendations;

/// <summary>A grouping as the report names it, e.g. "A" — "Implementation of the Tunis Agenda".</summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class ReportGroup : IEquatable<ReportGroup>
{
    /// <summary>Creates a group.</summary>
    /// <param name="key">The grouping key.</param>
    /// <param name="title">The title.</param>
    /// <exception cref="ArgumentException">The key is default or the title blank.</exception>
    public ReportGroup(GroupKey key, string title)
    {
        if (key.Value.Length == 0)
        {
            throw new DomainValidationException("required", "a report group needs its key.", nameof(key));
        }

        Preconditions.NotBlank(title);
        Key = key;
        Title = title.Trim();
    }

    /// <summary>The grouping key.</summary>
    public GroupKey Key { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <inheritdoc/>
    public bool Equals(ReportGroup? other) => other is not null && Key == other.Key && string.Equals(Title, other.Title, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportGroup);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Key, StringComparer.Ordinal.GetHashCode(Title));
}
