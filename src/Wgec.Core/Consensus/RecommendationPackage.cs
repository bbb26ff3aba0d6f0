using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Consensus;

/// <summary>
/// A package deal: "nothing is agreed until everything is agreed". Its items are agreed only if
/// every one of them is (see <see cref="AgreementStructure.Resolve"/>).
/// </summary>
/// <remarks>Items are sorted. Equality is by content. Immutable and thread-safe.</remarks>
public sealed class RecommendationPackage : IEquatable<RecommendationPackage>
{
    /// <summary>Creates a package.</summary>
    /// <param name="name">The package's name, used in explanations.</param>
    /// <param name="items">The recommendations; at least two, no duplicates.</param>
    /// <exception cref="ArgumentException">The name is blank, or the items too few or duplicated.</exception>
    public RecommendationPackage(string name, IEnumerable<RecommendationId> items)
    {
        Preconditions.NotBlank(name);
        var list = Immutable.ToArrayChecked(items, nameof(items));
        if (list.Length < 2 || list.Distinct().Count() != list.Length)
        {
            throw new DomainValidationException("invalid-package", $"package '{name}' needs at least two distinct recommendations.", nameof(items));
        }

        Name = name.Trim();
        Items = list.Sort();
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The recommendations, sorted.</summary>
    public ImmutableArray<RecommendationId> Items { get; }

    /// <inheritdoc/>
    public bool Equals(RecommendationPackage? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Immutable.SequenceEqual(Items, other.Items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RecommendationPackage);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Immutable.SequenceHash(Items));
}
