using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Process;

/// <summary>
/// A working group's agreed ways of working, held as data: the decision rule (a rule descriptor,
/// parsed once; a registry makes the rule it names), the multi-stakeholder approach, the observer policy,
/// how meetings are shared with stakeholders, guiding principles and constraints.
/// </summary>
/// <remarks>
/// Lists keep their given order; information-sharing channels are distinct. Equality is by
/// content. Immutable and thread-safe.
/// </remarks>
public sealed class Modalities : IEquatable<Modalities>
{
    /// <summary>Creates the modalities.</summary>
    /// <param name="decisionRule">The decision rule, e.g. <c>new RuleDescriptor("un-consensus")</c>; whether a registry knows it is checked by the dossier.</param>
    /// <param name="multiStakeholderApproach">A paraphrase of the multi-stakeholder approach.</param>
    /// <param name="observerPolicy">How observers are admitted.</param>
    /// <param name="informationSharing">How meetings are shared; distinct.</param>
    /// <param name="principles">Guiding principles, e.g. compliance with the mandate.</param>
    /// <param name="constraints">Constraints, e.g. time, resources, venue.</param>
    /// <param name="sources">Where the facts come from; may be empty.</param>
    /// <exception cref="ArgumentException">An argument is null or blank, or a channel repeats.</exception>
    public Modalities(
        RuleDescriptor decisionRule,
        string multiStakeholderApproach,
        ObserverPolicy observerPolicy,
        IEnumerable<InformationSharingChannel>? informationSharing = null,
        IEnumerable<string>? principles = null,
        IEnumerable<string>? constraints = null,
        IEnumerable<SourceReference>? sources = null)
    {
        DecisionRule = Preconditions.NotNull(decisionRule);
        MultiStakeholderApproach = DomainText.Required(multiStakeholderApproach, nameof(multiStakeholderApproach));
        ObserverPolicy = Preconditions.NotNull(observerPolicy);
        InformationSharing = Immutable.ToArrayOrEmpty(informationSharing, nameof(informationSharing));
        for (var i = 0; i < InformationSharing.Length; i++)
        {
            if (!DomainText.IsDefined(InformationSharing[i]))
            {
                throw new DomainValidationException("undefined-value", $"{DomainWords.Entry(nameof(informationSharing), i)} is not a defined channel ({(int)InformationSharing[i]}).", nameof(informationSharing), $"informationSharing[{i}]");
            }

            if (InformationSharing.IndexOf(InformationSharing[i]) != i)
            {
                throw new DomainValidationException("duplicate-channel", $"{DomainWords.Entry(nameof(informationSharing), i)} repeats {DomainWords.Of(InformationSharing[i])}.", nameof(informationSharing), $"informationSharing[{i}]");
            }
        }

        Principles = DomainText.List(principles, nameof(principles));
        Constraints = DomainText.List(constraints, nameof(constraints));
        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));
    }

    /// <summary>The decision rule, e.g. "un-consensus" or "qualified-majority(share=0.75)"; JSON holds its text.</summary>
    public RuleDescriptor DecisionRule { get; }

    /// <summary>A paraphrase of the multi-stakeholder approach.</summary>
    public string MultiStakeholderApproach { get; }

    /// <summary>How observers are admitted.</summary>
    public ObserverPolicy ObserverPolicy { get; }

    /// <summary>How meetings are shared with stakeholders, in the given order.</summary>
    public ImmutableArray<InformationSharingChannel> InformationSharing { get; }

    /// <summary>Guiding principles, in the given order.</summary>
    public ImmutableArray<string> Principles { get; }

    /// <summary>Constraints, in the given order.</summary>
    public ImmutableArray<string> Constraints { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <summary>Returns a copy with another decision rule.</summary>
    /// <param name="decisionRule">The new rule.</param>
    /// <returns>New modalities.</returns>
    public Modalities WithDecisionRule(RuleDescriptor decisionRule) =>
        new(decisionRule, MultiStakeholderApproach, ObserverPolicy, InformationSharing, Principles, Constraints, Sources);

    /// <inheritdoc/>
    public bool Equals(Modalities? other) =>
        other is not null
        && DecisionRule.Equals(other.DecisionRule)
        && string.Equals(MultiStakeholderApproach, other.MultiStakeholderApproach, StringComparison.Ordinal)
        && ObserverPolicy.Equals(other.ObserverPolicy)
        && Immutable.SequenceEqual(InformationSharing, other.InformationSharing)
        && Immutable.SequenceEqual(Principles, other.Principles)
        && Immutable.SequenceEqual(Constraints, other.Constraints)
        && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Modalities);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        DecisionRule, StringComparer.Ordinal.GetHashCode(MultiStakeholderApproach), ObserverPolicy,
        Immutable.SequenceHash(InformationSharing), Immutable.SequenceHash(Principles), Immutable.SequenceHash(Constraints), Immutable.SequenceHash(Sources));

    /// <summary>The decision rule and the observer policy.</summary>
    /// <returns>The modalities as text.</returns>
    public override string ToString() => $"decision rule {DecisionRule}; observers: {ObserverPolicy}";
}
