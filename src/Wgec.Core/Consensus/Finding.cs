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
    /// <param name="basis">What <paramref name="actual"/> is counted out of (members present, present and voting, deciding members, prerequisites), if any.</param>
    /// <param name="share">The share the rule applies to <paramref name="basis"/> (quorum, majority share, sustained-objection share), if any.</param>
    /// <param name="participantName">The name of the participant concerned, when the roster knows it.</param>
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
        string? text = null,
        double? basis = null,
        double? share = null,
        string? participantName = null)
    {
        Preconditions.Defined(kind);
        Preconditions.NotBlank(rule);
        if (group is { } g)
        {
            Preconditions.Defined(g, nameof(group));
        }

        if (disposition is { } d)
        {
            Specified.Check(d, nameof(disposition), "a finding's disposition");
        }

        CheckFinite(actual, nameof(actual));
        CheckFinite(required, nameof(required));
        CheckFinite(basis, nameof(basis));
        CheckFinite(share, nameof(share));
        if (kind == FindingKind.Reservation && blocking)
        {
            throw new DomainValidationException("reservation-blocks", "a reservation is recorded, it never blocks.", nameof(blocking));
        }

        if (blocking && kind is FindingKind.QuorumMet or FindingKind.GroupSupported or FindingKind.SustainedObjectionsUnderLimit or FindingKind.MajorityReached)
        {
            throw new DomainValidationException("met-requirement-blocks", "a requirement that is met records its figures, it never blocks.", nameof(blocking));
        }

        Kind = kind;
        Blocking = blocking;
        Rule = rule.Trim();
        Participant = participant;
        Group = group;
        Disposition = disposition;
        Actual = actual;
        Required = required;
        Items = Immutable.ToArrayOrEmpty(items, nameof(items)).Sort();
        Text = string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
        Basis = basis;
        Share = share;
        ParticipantName = string.IsNullOrWhiteSpace(participantName) ? null : participantName!.Trim();
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

    /// <summary>What <see cref="Actual"/> is counted out of, or <see langword="null"/>.</summary>
    public double? Basis { get; }

    /// <summary>The share the rule applies to <see cref="Basis"/>, or <see langword="null"/>.</summary>
    public double? Share { get; }

    /// <summary>The name of the participant concerned, or <see langword="null"/> when none is known.</summary>
    public string? ParticipantName { get; }

    /// <inheritdoc/>
    public bool Equals(Finding? other) =>
        other is not null && Kind == other.Kind && Blocking == other.Blocking && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
        && Participant == other.Participant && Group == other.Group && Disposition == other.Disposition
        && Nullable.Equals(Actual, other.Actual) && Nullable.Equals(Required, other.Required)
        && Immutable.SequenceEqual(Items, other.Items) && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Nullable.Equals(Basis, other.Basis) && Nullable.Equals(Share, other.Share)
        && string.Equals(ParticipantName, other.ParticipantName, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Blocking, StringComparer.Ordinal.GetHashCode(Rule), Participant, Group, Actual, Required, Immutable.SequenceHash(Items));

    /// <summary>
    /// A one-line English explanation as a chair would write it: who (name, id and group), what, and
    /// the figure against its threshold, e.g. "quorum not met: 10 of 42 members present, 21 required (quorum 1/2)".
    /// </summary>
    /// <returns>The explanation.</returns>
    public override string ToString()
    {
        var who = Who();
        var sb = new StringBuilder();
        switch (Kind)
        {
            case FindingKind.BlockingObjection:
                sb.Append(FormattableString.Invariant($"{Words(Disposition ?? ObjectionDisposition.Open)} objection by {who}"));
                break;
            case FindingKind.QuorumNotMet:
            case FindingKind.QuorumMet:
                sb.Append(Kind == FindingKind.QuorumMet ? "quorum met: " : "quorum not met: ")
                    .Append(FormattableString.Invariant($"{Actual}{Of("members")} present, {Required} required{ShareText("quorum")}"));
                break;
            case FindingKind.GroupWithoutSupport:
            case FindingKind.GroupSupported:
                sb.Append(FormattableString.Invariant($"{who} {(Kind == FindingKind.GroupSupported ? "supported" : "without enough support")}: {Actual}{Of("present")} in support, {Required} required"));
                break;
            case FindingKind.ObjectionNotAddressed:
                sb.Append(FormattableString.Invariant($"objection by {who} not yet addressed"));
                break;
            case FindingKind.TooManySustainedObjections:
            case FindingKind.SustainedObjectionsUnderLimit:
                sb.Append(FormattableString.Invariant($"{Actual} sustained objection(s){Of("present")}, {(Kind == FindingKind.TooManySustainedObjections ? "at or above" : "under")} the limit of {Required}{ShareText("share")}"));
                break;
            case FindingKind.SustainedObjection:
                sb.Append(FormattableString.Invariant($"sustained objection by {who}"));
                break;
            case FindingKind.WholeGroupSustains:
                sb.Append(FormattableString.Invariant($"the whole of {who} sustains an objection"));
                if (Actual is { } size)
                {
                    sb.Append(FormattableString.Invariant($": all {size} present{(Required is { } least ? FormattableString.Invariant($", a group of at least {least} blocks") : string.Empty)}"));
                }

                break;
            case FindingKind.GroupAwareScore:
                sb.Append(FormattableString.Invariant($"group-aware score {Actual:0.####} {(Blocking ? "below" : "reaches")} threshold {Required:0.####}"));
                break;
            case FindingKind.MajorityNotReached:
            case FindingKind.MajorityReached:
                sb.Append(Kind == FindingKind.MajorityReached ? "majority reached: " : "majority not reached: ")
                    .Append(FormattableString.Invariant($"{Actual} in support{Of("present and voting")}, {Required} required{ShareText("at")}"));
                break;
            case FindingKind.PackageNotAgreed:
                return FormattableString.Invariant($"package '{Text}' not agreed: {string.Join(", ", Items)} not agreed");
            case FindingKind.ConditionNotMet:
                return FormattableString.Invariant($"condition '{Text}' not met: {Actual}{Of("prerequisites")} agreed, {Required} required; not agreed: {string.Join(", ", Items)}");
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

    /// <summary>A share as a chair reads it: 2/3 rather than 0.6666666666666666, 0.1 as it is.</summary>
    internal static string ShareWords(double share)
    {
        for (var denominator = 2; denominator <= 12; denominator++)
        {
            var numerator = Math.Round(share * denominator);
            if (numerator >= 1 && Math.Abs((share * denominator) - numerator) < 1e-9 && Math.Abs(share - Math.Round(share, 3)) > 1e-12)
            {
                return FormattableString.Invariant($"{numerator}/{denominator}");
            }
        }

        return share.ToString(share < 0.001 ? "R" : "0.###", System.Globalization.CultureInfo.InvariantCulture);
    }

    private string Who()
    {
        var group = Group is { } g ? Words(g) : null;
        if (Participant is not { } p)
        {
            return group ?? string.Empty;
        }

        var inner = group is null ? p.ToString() : $"{p}, {group}";
        return ParticipantName is null ? $"{p}{(group is null ? string.Empty : " (" + group + ")")}" : $"{ParticipantName} ({inner})";
    }

    private string Of(string what) => Basis is { } b ? FormattableString.Invariant($" of {b} {what}") : string.Empty;

    private string ShareText(string label) => Share is { } s ? $" ({label} {ShareWords(s)})" : string.Empty;

    private static string Words(StakeholderGroup group) => DomainWords.Group(group);

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
