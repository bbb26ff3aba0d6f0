using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Consensus;

/// <summary>
/// The outcome of a recommendation at a reading, with its machine-readable explanation: every
/// blocking finding, the reservations recorded, and the group-aware score when a rule computed it.
/// </summary>
/// <remarks>
/// Invariants: an agreed outcome has no blocking finding; any other outcome has at least one
/// (the explanation is never empty); <see cref="OutcomeKind.ToBeRevisited"/> is impossible at a
/// final reading. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class ConsensusOutcome : IEquatable<ConsensusOutcome>
{
    // A built-in rule decides from counts and explains on demand: the findings are made on first read.
    private readonly ConsensusContext? _context;
    private readonly IExplainsOutcome? _explainer;
    private ImmutableArray<Finding> _findings;

    /// <summary>Creates an outcome.</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <param name="meeting">The ordinal of the meeting of the reading.</param>
    /// <param name="finalReading">Whether the reading was the final one.</param>
    /// <param name="kind">The outcome.</param>
    /// <param name="rule">The registry name of the rule that decided it (or "declared").</param>
    /// <param name="findings">The explanation, in the order found.</param>
    /// <param name="score">The group-aware score of the reading, when computed.</param>
    /// <exception cref="ArgumentException">An invariant above is broken.</exception>
    public ConsensusOutcome(RecommendationId recommendation, int meeting, bool finalReading, OutcomeKind kind, string rule, IEnumerable<Finding> findings, double? score = null)
    {
        if (recommendation.Value.Length == 0)
        {
            throw new DomainValidationException("required", "an outcome needs a recommendation id.", nameof(recommendation));
        }

        Preconditions.Positive(meeting);
        Specified.Check(kind, nameof(kind), "an outcome (agreed, to be revisited or no agreement)");
        Preconditions.NotBlank(rule);
        var list = Immutable.ToArrayChecked(findings, nameof(findings));
        var blocking = list.Any(f => f.Blocking);
        if (kind == OutcomeKind.Agreed && blocking)
        {
            throw new DomainValidationException("agreed-with-blocking-finding", $"'{recommendation}' cannot be agreed while a finding blocks it.", nameof(findings));
        }

        if (kind != OutcomeKind.Agreed && !blocking)
        {
            throw new DomainValidationException("unexplained-outcome", $"the outcome '{DomainWords.Of(kind)}' of '{recommendation}' needs at least one blocking finding that explains it.", nameof(findings));
        }

        if (kind == OutcomeKind.ToBeRevisited && finalReading)
        {
            throw new DomainValidationException("revisit-after-final", $"'{recommendation}' cannot be revisited after its final reading.", nameof(kind));
        }

        if (score is { } s && (double.IsNaN(s) || s < 0 || s > 1))
        {
            throw new DomainValidationException("out-of-range", "a group-aware score lies between 0 and 1.", nameof(score));
        }

        Recommendation = recommendation;
        Meeting = meeting;
        FinalReading = finalReading;
        Kind = kind;
        Rule = rule.Trim();
        _findings = list;
        Score = score;
    }

    /// <summary>An outcome a built-in rule decided; its explanation is made when first read.</summary>
    internal ConsensusOutcome(ConsensusContext context, string rule, bool blocked, IExplainsOutcome explainer, double? score = null)
    {
        var reading = context.Reading;
        Recommendation = reading.Recommendation;
        Meeting = reading.Meeting;
        FinalReading = reading.IsFinal;
        Kind = KindOf(blocked, reading.IsFinal);
        Rule = rule;
        Score = score;
        _context = context;
        _explainer = explainer;
    }

    /// <summary>The recommendation.</summary>
    public RecommendationId Recommendation { get; }

    /// <summary>The ordinal of the meeting of the reading.</summary>
    public int Meeting { get; }

    /// <summary>Whether the reading was the final one.</summary>
    public bool FinalReading { get; }

    /// <summary>The outcome.</summary>
    public OutcomeKind Kind { get; }

    /// <summary>Whether the outcome is <see cref="OutcomeKind.Agreed"/>.</summary>
    public bool IsAgreed => Kind == OutcomeKind.Agreed;

    /// <summary>The registry name of the deciding rule.</summary>
    public string Rule { get; }

    /// <summary>The explanation, in the order found.</summary>
    public ImmutableArray<Finding> Findings
    {
        get
        {
            if (_findings.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _findings, Explain(_context!, _explainer!));
            }

            return _findings;
        }
    }

    /// <summary>The blocking findings: why the outcome is not agreed.</summary>
    public IEnumerable<Finding> BlockingFindings => Findings.Where(f => f.Blocking);

    /// <summary>The reservations recorded.</summary>
    public IEnumerable<Finding> Reservations => Findings.Where(f => f.Kind == FindingKind.Reservation);

    /// <summary>The group-aware score of the reading, or <see langword="null"/> when no rule computed it.</summary>
    public double? Score { get; }

    /// <summary>
    /// The outcome of a rule over a context: agreed when no finding blocks; otherwise no agreement at
    /// a final reading and to be revisited before. The reservations of deciding members are appended.
    /// </summary>
    /// <param name="context">The context evaluated.</param>
    /// <param name="rule">The rule's registry name.</param>
    /// <param name="findings">The rule's findings.</param>
    /// <param name="score">The group-aware score, if the rule computed it.</param>
    /// <returns>The outcome.</returns>
    public static ConsensusOutcome Decide(ConsensusContext context, string rule, IEnumerable<Finding> findings, double? score = null)
    {
        Preconditions.NotNull(context);
        Preconditions.NotBlank(rule);
        var list = Immutable.ToArrayChecked(findings, nameof(findings));
        var all = ImmutableArray.CreateBuilder<Finding>(list.Length);
        var blocking = false;
        foreach (var finding in list)
        {
            if (finding.Kind != FindingKind.Reservation)
            {
                all.Add(finding);
                blocking |= finding.Blocking;
            }
        }

        AddReservations(context, rule, all);
        var reading = context.Reading;
        return new ConsensusOutcome(reading.Recommendation, reading.Meeting, reading.IsFinal, KindOf(blocking, reading.IsFinal), rule, all.ToImmutable(), score);
    }

    /// <summary>A declared outcome of no agreement, e.g. the chair closing a recommendation without consensus.</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <param name="meeting">The meeting where it was declared.</param>
    /// <param name="declaration">What was declared.</param>
    /// <returns>The outcome.</returns>
    public static ConsensusOutcome DeclaredNoAgreement(RecommendationId recommendation, int meeting, string declaration)
    {
        Preconditions.NotBlank(declaration);
        return new ConsensusOutcome(recommendation, meeting, true, OutcomeKind.NoAgreement, "declared", [new Finding(FindingKind.Declared, true, "declared", text: declaration)]);
    }

    /// <summary>Returns a copy with another kind and more findings (used when packages or conditions overrule an agreement).</summary>
    /// <param name="kind">The new kind.</param>
    /// <param name="findings">The findings to add.</param>
    /// <returns>A new outcome.</returns>
    public ConsensusOutcome WithKind(OutcomeKind kind, IEnumerable<Finding> findings) =>
        new(Recommendation, Meeting, FinalReading, kind, Rule, Findings.AddRange(Immutable.ToArrayChecked(findings, nameof(findings))), Score);

    private static OutcomeKind KindOf(bool blocked, bool isFinal) =>
        blocked ? (isFinal ? OutcomeKind.NoAgreement : OutcomeKind.ToBeRevisited) : OutcomeKind.Agreed;

    // The reservations of deciding members close every explanation.
    private static void AddReservations(ConsensusContext context, string rule, ImmutableArray<Finding>.Builder findings)
    {
        foreach (var m in context.Members)
        {
            if (m.Kind == PositionKind.SupportWithReservation)
            {
                findings.Add(new Finding(FindingKind.Reservation, false, rule, m.Participant, m.Group, text: m.Text, participantName: m.Name));
            }
        }
    }

    private ImmutableArray<Finding> Explain(ConsensusContext context, IExplainsOutcome explainer)
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        explainer.Explain(context, findings);
        var blocking = false;
        foreach (var finding in findings)
        {
            blocking |= finding.Blocking;
        }

        if (blocking == IsAgreed)
        {
            // The decision and its explanation come from the same counts: a difference is a bug in the rule.
            throw new InvalidOperationException($"rule '{Rule}' decided '{DomainWords.Of(Kind)}' on '{Recommendation}', but its findings say otherwise.");
        }

        AddReservations(context, Rule, findings);
        return findings.ToImmutable();
    }

    /// <inheritdoc/>
    public bool Equals(ConsensusOutcome? other) =>
        other is not null && Recommendation == other.Recommendation && Meeting == other.Meeting && FinalReading == other.FinalReading
        && Kind == other.Kind && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
        && Immutable.SequenceEqual(Findings, other.Findings) && Nullable.Equals(Score, other.Score);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConsensusOutcome);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Recommendation, Meeting, Kind, Immutable.SequenceHash(Findings), Score);

    /// <summary>The outcome and its blocking findings as text.</summary>
    /// <returns>The outcome as text.</returns>
    public override string ToString() =>
        IsAgreed ? $"{Recommendation}: {DomainWords.Of(Kind)} ({Rule})" : $"{Recommendation}: {DomainWords.Of(Kind)} ({Rule}) — {string.Join("; ", BlockingFindings)}";
}
