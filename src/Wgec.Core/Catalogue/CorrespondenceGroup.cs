using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Catalogue;

/// <summary>
/// A correspondence group of the working group: its terms of reference, coordinators, milestones,
/// contributions, the report of its chair and its mapping exercise. In WGEC 2013–2014 it was created
/// at the second meeting, was open to all stakeholders, and mapped the issues to existing mechanisms
/// to identify gaps.
/// </summary>
/// <remarks>
/// Invariants: at least one term of reference, none blank; coordinator names unique (ignoring case)
/// and at most one <see cref="CoordinatorRole.Coordinator"/>; milestones in date order with at most one
/// final document. Equality is by content. There is no default value (a class). Immutable and thread-safe.
/// </remarks>
public sealed class CorrespondenceGroup : IEquatable<CorrespondenceGroup>
{
    /// <summary>Creates a correspondence group.</summary>
    /// <param name="termsOfReference">The tasks its terms of reference set, in order.</param>
    /// <param name="openToAllStakeholders">Whether any stakeholder may take part.</param>
    /// <param name="coordinators">Who leads it.</param>
    /// <param name="milestones">Its dated deliverables, in date order.</param>
    /// <param name="contributions">The contributions submitted to it, in their defined order.</param>
    /// <param name="chairReport">Where the report of its chair is, or <see langword="null"/> when not (yet) recorded.</param>
    /// <param name="mapping">Its mapping exercise, or <see langword="null"/>.</param>
    /// <param name="sources">Where these facts come from.</param>
    /// <exception cref="ArgumentException">An invariant is broken; the message names the element.</exception>
    public CorrespondenceGroup(
        IEnumerable<string> termsOfReference,
        bool openToAllStakeholders,
        IEnumerable<Coordinator> coordinators,
        IEnumerable<Milestone> milestones,
        IEnumerable<Contribution> contributions,
        SourceReference? chairReport,
        MappingExercise? mapping,
        IEnumerable<SourceReference> sources)
    {
        var terms = Immutable.ToArrayChecked(termsOfReference, nameof(termsOfReference));
        if (terms.IsEmpty)
        {
            throw new DomainValidationException("empty", "the terms of reference need at least one task.", nameof(termsOfReference));
        }

        for (var i = 0; i < terms.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(terms[i]))
            {
                throw new DomainValidationException("blank-term", $"term of reference {DomainWords.Place(i)} is blank.", nameof(termsOfReference), $"termsOfReference[{i}]");
            }
        }

        var leads = Immutable.ToArrayChecked(coordinators, nameof(coordinators));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var mainCoordinators = 0;
        for (var i = 0; i < leads.Length; i++)
        {
            if (!names.Add(leads[i].Name))
            {
                throw new DomainValidationException("duplicate-coordinator", $"'{leads[i].Name}' is listed twice as a coordinator.", nameof(coordinators), $"coordinators[{i}]");
            }

            if (leads[i].Role == CoordinatorRole.Coordinator && ++mainCoordinators > 1)
            {
                throw new DomainValidationException("one-coordinator", $"'{leads[i].Name}' is a second coordinator; a group has at most one (the others are co-coordinators).", nameof(coordinators), $"coordinators[{i}].role");
            }
        }

        var dated = Immutable.ToArrayChecked(milestones, nameof(milestones));
        for (var i = 0; i < dated.Length; i++)
        {
            if (i > 0 && dated[i].Due < dated[i - 1].Due)
            {
                throw new DomainValidationException("milestones-order", $"milestone {DomainWords.Place(i)} is due {dated[i].Due:yyyy-MM-dd}, before the previous one ({dated[i - 1].Due:yyyy-MM-dd}); milestones are in date order.", nameof(milestones), $"milestones[{i}].due");
            }
        }

        if (dated.Count(m => m.Kind == MilestoneKind.FinalDocument) > 1)
        {
            throw new DomainValidationException("one-final-document", "a group has at most one final-document milestone.", nameof(milestones));
        }

        TermsOfReference = terms.Select(t => t.Trim()).ToImmutableArray();
        OpenToAllStakeholders = openToAllStakeholders;
        Coordinators = leads;
        Milestones = dated;
        Contributions = Immutable.ToArrayChecked(contributions, nameof(contributions));
        ChairReport = chairReport;
        Mapping = mapping;
        Sources = Immutable.ToArrayChecked(sources, nameof(sources));
    }

    /// <summary>The tasks its terms of reference set, in order.</summary>
    public ImmutableArray<string> TermsOfReference { get; }

    /// <summary>Whether any stakeholder may take part.</summary>
    public bool OpenToAllStakeholders { get; }

    /// <summary>Who leads it, in order.</summary>
    public ImmutableArray<Coordinator> Coordinators { get; }

    /// <summary>Its dated deliverables, in date order.</summary>
    public ImmutableArray<Milestone> Milestones { get; }

    /// <summary>The contributions submitted to it.</summary>
    public ImmutableArray<Contribution> Contributions { get; }

    /// <summary>Where the report of its chair is, or <see langword="null"/>.</summary>
    public SourceReference? ChairReport { get; }

    /// <summary>Its mapping exercise, or <see langword="null"/>.</summary>
    public MappingExercise? Mapping { get; }

    /// <summary>Where these facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <summary>The final-document milestone, or <see langword="null"/>.</summary>
    public Milestone? FinalDocument => Milestones.FirstOrDefault(m => m.Kind == MilestoneKind.FinalDocument);

    /// <summary>Returns a copy with another mapping exercise.</summary>
    /// <param name="mapping">The mapping, or <see langword="null"/>.</param>
    /// <returns>A new group.</returns>
    public CorrespondenceGroup WithMapping(MappingExercise? mapping) =>
        new(TermsOfReference, OpenToAllStakeholders, Coordinators, Milestones, Contributions, ChairReport, mapping, Sources);

    /// <summary>Returns a copy with a contribution appended.</summary>
    /// <param name="contribution">The contribution.</param>
    /// <returns>A new group.</returns>
    public CorrespondenceGroup PlusContribution(Contribution contribution)
    {
        Preconditions.NotNull(contribution);
        return new(TermsOfReference, OpenToAllStakeholders, Coordinators, Milestones, Contributions.Add(contribution), ChairReport, Mapping, Sources);
    }

    /// <inheritdoc/>
    public bool Equals(CorrespondenceGroup? other) =>
        other is not null
        && OpenToAllStakeholders == other.OpenToAllStakeholders
        && Immutable.SequenceEqual(TermsOfReference, other.TermsOfReference)
        && Immutable.SequenceEqual(Coordinators, other.Coordinators)
        && Immutable.SequenceEqual(Milestones, other.Milestones)
        && Immutable.SequenceEqual(Contributions, other.Contributions)
        && Equals(ChairReport, other.ChairReport)
        && Equals(Mapping, other.Mapping)
        && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CorrespondenceGroup);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(OpenToAllStakeholders, Immutable.SequenceHash(TermsOfReference), Immutable.SequenceHash(Coordinators), Immutable.SequenceHash(Milestones), Immutable.SequenceHash(Contributions), ChairReport, Mapping);
}
