using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Catalogue;

/// <summary>
/// An existing mechanism (an organisation, forum or instrument) with a reference to its mandate and
/// the issues or areas it addresses.
/// </summary>
/// <remarks>
/// Each issue or area is linked at most once. Equality is by content (links in order). There is no
/// default value (a class). Immutable and thread-safe.
/// </remarks>
public sealed class Mechanism : IEquatable<Mechanism>
{
    /// <summary>Creates a mechanism.</summary>
    /// <param name="name">The mechanism's name, unique within a mapping exercise.</param>
    /// <param name="type">Organisation, forum or instrument.</param>
    /// <param name="mandate">Where its mandate is stated.</param>
    /// <param name="links">The issues and areas it addresses.</param>
    /// <exception cref="ArgumentException">The name is blank, a value is null or undefined, or a target is linked twice.</exception>
    public Mechanism(string name, MechanismType type, SourceReference mandate, IEnumerable<MechanismLink> links)
    {
        Preconditions.NotBlank(name);
        Preconditions.Defined(type);
        Preconditions.NotNull(mandate);
        var list = Immutable.ToArrayChecked(links, nameof(links));
        var seen = new HashSet<(MappingTargetKind, int)>();
        for (var i = 0; i < list.Length; i++)
        {
            if (!seen.Add((list[i].Target, list[i].Number)))
            {
                throw new DomainValidationException("duplicate-link", $"mechanism '{name.Trim()}' links {DomainWords.Of(list[i].Target)} {list[i].Number} twice.", nameof(links), $"links[{i}]");
            }
        }

        Name = name.Trim();
        Type = type;
        Mandate = mandate;
        Links = list;
    }

    /// <summary>The mechanism's name.</summary>
    public string Name { get; }

    /// <summary>Organisation, forum or instrument.</summary>
    public MechanismType Type { get; }

    /// <summary>Where its mandate is stated.</summary>
    public SourceReference Mandate { get; }

    /// <summary>The issues and areas it addresses, in order.</summary>
    public ImmutableArray<MechanismLink> Links { get; }

    /// <inheritdoc/>
    public bool Equals(Mechanism? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Type == other.Type
        && Mandate.Equals(other.Mandate)
        && Immutable.SequenceEqual(Links, other.Links);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Mechanism);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Type, Mandate, Immutable.SequenceHash(Links));

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
