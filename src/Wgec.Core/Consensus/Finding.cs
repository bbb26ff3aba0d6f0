using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;
using Wgec.Core.Process;

namespace Wgec.Core.Consensus;

/// <summary>
/// One machine-readable item of an outcome's explanation: what was found, whether it blocks
/// agreement, and the facts behind it (participant, group, numbers, items, text) as the kind needs.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class Finding : IEquatable<Finding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="kind">What was found.</param>
    /// <param name="blocking">Whether it prevents agreement.</param>
    /// <param name="rule">The registry name of the rule, package or condition that found it.</param>
    /// <param name="participant">The participant concerned, if any.</param>
    /// <param name="group">The stakeholder group concerned, if any.</param>
    /// <param name="disposition">The disposition of the objection concerned, if any.</param>
    /// <param name="actual">The number found, if any.</param>
    /// <param name="required">The number required, if any.</param>
    /// <param name="items">The recommendations concerned (packages and conditions); sorted.</param>
    /// <param name="text">A reason, reservation, name or declaration, if any.</param>
    /// <exception cref="ArgumentException">The rule name is blank, a number is not finite, or an enum undefined.</exception>
    public Finding(
        FindingKind kind,
        bool blocking,
        string rule,
        ParticipantId? participant = null,
        StakeholderGroup? group = null,
        ObjectionDisposition? disposition = null,
        double? actual = null,
        double? required = null,
        IEnumerable<RecommendationId>? items = null,
        string? text = null)
    {
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.NullOrWhiteSpace(rule);
        if (group is { } g)
        {
            Guard.Against.EnumOutOfRange(g, nameof(group));
        }

        if (disposition is { } d)
        {
            Specified.Check(d, nameof(disposition), "a finding's disposition");
        }

        CheckFinite(actual, nameof(actual));
        CheckFinite(required, nameof(required));
        if (kind == FindingKind.Reservation && blocking)
        {
            throw new DomainValidationException("reservation-blocks", "a reservation is recorded, it never blocks.", nameof(blocking));
        }

        Kind = kind;
        Blocking = blocking;
        Rule = rule.Trim();
        Participant = participant;
        Group = group;
        Disposition = disposition;
        Actual = actual;
        Required = required;
        Items = Immutable.ToArrayChecked(items ?? ImmutableArray<RecommendationId>.Empty, nameof(items)).Sort();
        Text = string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
    }

    /// <summary>What was found.</summary>
    public FindingKind Kind { get; }

    /// <summary>Whether it prevents agreement.</summary>
    public bool Blocking { get; }

    /// <summary>The registry name of the rule, package or condition that found it.</summary>
    public string Rule { get; }

    /// <summary>The participant concerned, or <see langword="null"/>.</summary>
    public ParticipantId? Participant { get; }

    /// <summary>The stakeholder group concerned, or <see langword="null"/>.</summary>
    public StakeholderGroup? Group { get; }

    /// <summary>The disposition of the objection concerned, or <see langword="null"/>.</summary>
    public ObjectionDisposition? Disposition { get; }

    /// <summary>The number found, or <see langword="null"/>.</summary>
    public double? Actual { get; }

    /// <summary>The number required, or <see langword="null"/>.</summary>
    public double? Required { get; }

    /// <summary>The recommendations concerned, sorted; empty when none.</summary>
    public ImmutableArray<RecommendationId> Items { get; }

    /// <summary>A reason, reservation, name or declaration, or <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <inheritdoc/>
    public bool Equals(Finding? other) =>
        other is not null && Kind == other.Kind && Blocking == other.Blocking && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
        && Participant == other.Participant && Group == other.Group && Disposition == other.Disposition
        && Nullable.Equals(Actual, other.Actual) && Nullable.Equals(Required, other.Required)
        && Immutable.SequenceEqual(Items, other.Items) && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Blocking, StringComparer.Ordinal.GetHashCode(Rule), Participant, Group, Actual, Required, Immutable.SequenceHash(Items));

    /// <summary>A one-line English explanation, e.g. "quorum not met: 3 of 4 required".</summary>
    /// <returns>The explanation.</returns>
    public override string ToString()
    {
        var who = Participant is { } p ? $"{p}{(Group is { } pg ? " (" + Words(pg) + ")" : string.Empty)}" : Group is { } g ? Words(g) : string.Empty;
        var items = Items.IsEmpty ? string.Empty : string.Join(", ", Items);
        var sb = new StringBuilder();
        switch (Kind)
        {
            case FindingKind.BlockingObjection:
                sb.Append(FormattableString.Invariant($"{Words(Disposition ?? ObjectionDisposition.Open)} objection by {who}"));
                break;
            case FindingKind.QuorumNotMet:
                sb.Append(FormattableString.Invariant($"quorum not met: {Actual} present, {Required} required"));
                break;
            case FindingKind.GroupWithoutSupport:
                sb.Append(FormattableString.Invariant($"{who} without support: {Actual} supporter(s), {Required} required"));
                break;
            case FindingKind.ObjectionNotAddressed:
                sb.Append(FormattableString.Invariant($"objection by {who} not yet addressed"));
                break;
            case FindingKind.TooManySustainedObjections:
                sb.Append(FormattableString.Invariant($"{Actual} sustained objection(s), at or above the limit of {Required}"));
                break;
            case FindingKind.WholeGroupSustains:
                sb.Append(FormattableString.Invariant($"the whole of {who} sustains an objection"));
                break;
            case FindingKind.GroupAwareScore:
                sb.Append(FormattableString.Invariant($"group-aware score {Actual:0.####} {(Blocking ? "below" : "reaches")} threshold {Required:0.####}"));
                break;
            case FindingKind.MajorityNotReached:
                sb.Append(FormattableString.Invariant($"majority not reached: {Actual} in support, {Required} required"));
                break;
            case FindingKind.PackageNotAgreed:
                sb.Append(FormattableString.Invariant($"package '{Text}' not agreed: {items} not agreed"));
                return sb.ToString();
            case FindingKind.ConditionNotMet:
                sb.Append(FormattableString.Invariant($"condition '{Text}' not met: {Actual} of its prerequisites agreed, {Required} required"));
                return sb.ToString();
            case FindingKind.Declared:
                sb.Append("declared");
                break;
            default:
                sb.Append(FormattableString.Invariant($"reservation by {who}"));
                break;
        }

        if (Text is not null)
        {
            sb.Append(": ").Append(Text);
        }

        return sb.ToString();
    }

    private static string Words(StakeholderGroup group) => group switch
    {
        StakeholderGroup.Governments => "governments",
        StakeholderGroup.PrivateSector => "private sector",
        StakeholderGroup.CivilSociety => "civil society",
        StakeholderGroup.TechnicalAndAcademic => "technical and academic community",
        _ => "intergovernmental and international organisations",
    };

    private static string Words(ObjectionDisposition disposition) => disposition switch
    {
        ObjectionDisposition.Open => "open",
        ObjectionDisposition.Accommodated => "accommodated",
        ObjectionDisposition.AddressedNotAccommodated => "addressed but not accommodated",
        ObjectionDisposition.Withdrawn => "withdrawn",
        _ => "sustained",
    };

    private static void CheckFinite(double? value, string name)
    {
        if (value is { } v && (double.IsNaN(v) || double.IsInfinity(v)))
        {
            throw new DomainValidationException("not-finite", $"{name} must be a finite number.", name);
        }
    }
}
