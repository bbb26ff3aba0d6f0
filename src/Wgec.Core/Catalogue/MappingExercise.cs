using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Catalogue;

/// <summary>
/// The correspondence group's mapping exercise: broad areas holding catalogue issues, and the
/// existing mechanisms linked to issues or areas. The count of areas a source declares (24 in
/// February 2014) may be held beside the area records, or instead of them.
/// </summary>
/// <remarks>
/// Invariants: area numbers are unique and ascending; mechanism names are unique (ignoring case);
/// every link to an area names an existing area; with a declared count, there are no more areas
/// than declared. Links to issues are checked against a catalogue by <see cref="GapAnalysis"/>.
/// Equality is by content. There is no default value (a class). Immutable and thread-safe.
/// </remarks>
public sealed class MappingExercise : IEquatable<MappingExercise>
{
    /// <summary>Creates a mapping exercise.</summary>
    /// <param name="areas">The areas, in ascending number order.</param>
    /// <param name="mechanisms">The existing mechanisms, in their defined order.</param>
    /// <param name="declaredAreaCount">The number of areas a source declares, or <see langword="null"/>.</param>
    /// <param name="source">Where the mapping or its count is documented, or <see langword="null"/>.</param>
    /// <exception cref="DomainValidationException">An invariant is broken; the message names the area or mechanism.</exception>
    public MappingExercise(IEnumerable<MappingArea> areas, IEnumerable<Mechanism> mechanisms, int? declaredAreaCount = null, SourceReference? source = null)
    {
        var areaList = Immutable.ToArrayChecked(areas, nameof(areas));
        var mechanismList = Immutable.ToArrayChecked(mechanisms, nameof(mechanisms));
        for (var i = 1; i < areaList.Length; i++)
        {
            if (areaList[i].Number <= areaList[i - 1].Number)
            {
                throw new DomainValidationException("area-numbers-order", $"area numbers must be unique and ascending, but {areaList[i].Number} follows {areaList[i - 1].Number}.", nameof(areas), $"areas[{i}].number");
            }
        }

        if (declaredAreaCount is { } declared)
        {
            Preconditions.NotNegative(declared, nameof(declaredAreaCount));
            if (areaList.Length > declared)
            {
                throw new DomainValidationException("areas-exceed-declared", $"{areaList.Length} areas are recorded but only {declared} are declared.", nameof(areas));
            }
        }

        var areaNumbers = areaList.Select(a => a.Number).ToImmutableHashSet();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < mechanismList.Length; i++)
        {
            var mechanism = mechanismList[i];
            if (!names.Add(mechanism.Name))
            {
                throw new DomainValidationException("duplicate-mechanism", $"mechanism '{mechanism.Name}' is listed twice.", nameof(mechanisms), $"mechanisms[{i}].name");
            }

            for (var k = 0; k < mechanism.Links.Length; k++)
            {
                var link = mechanism.Links[k];
                if (link.Target == MappingTargetKind.Area && !areaNumbers.Contains(link.Number))
                {
                    throw new DomainValidationException("unknown-area", $"mechanism '{mechanism.Name}' links area {link.Number}, which is not an area of the mapping.", nameof(mechanisms), $"mechanisms[{i}].links[{k}].number");
                }
            }
        }

        Areas = areaList;
        Mechanisms = mechanismList;
        DeclaredAreaCount = declaredAreaCount;
        Source = source;
    }

    /// <summary>The areas, by number.</summary>
    public ImmutableArray<MappingArea> Areas { get; }

    /// <summary>The existing mechanisms, in their defined order.</summary>
    public ImmutableArray<Mechanism> Mechanisms { get; }

    /// <summary>The number of areas a source declares, or <see langword="null"/>.</summary>
    public int? DeclaredAreaCount { get; }

    /// <summary>Where the mapping or its count is documented, or <see langword="null"/>.</summary>
    public SourceReference? Source { get; }

    /// <summary>Whether every declared area is recorded (true when no count is declared).</summary>
    public bool IsAreaRecordComplete => DeclaredAreaCount is not { } declared || Areas.Length == declared;

    /// <inheritdoc/>
    public bool Equals(MappingExercise? other) =>
        other is not null
        && Immutable.SequenceEqual(Areas, other.Areas)
        && Immutable.SequenceEqual(Mechanisms, other.Mechanisms)
        && DeclaredAreaCount == other.DeclaredAreaCount
        && Equals(Source, other.Source);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MappingExercise);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Immutable.SequenceHash(Areas), Immutable.SequenceHash(Mechanisms), DeclaredAreaCount, Source);
}
