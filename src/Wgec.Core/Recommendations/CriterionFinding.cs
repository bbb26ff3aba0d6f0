using System;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Recommendations;

/// <summary>One way a recommendation falls short of a <see cref="ChairCriterion"/>, found by <see cref="RecommendationCriteria.Check"/>.</summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class CriterionFinding : IEquatable<CriterionFinding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <param name="criterion">The criterion it falls short of.</param>
    /// <param name="rule">A kebab-case name of what is wrong, e.g. "missing-who".</param>
    /// <param name="message">A sentence that says what is wrong.</param>
    /// <exception cref="ArgumentException">The id is default or a text blank.</exception>
    public CriterionFinding(RecommendationId recommendation, ChairCriterion criterion, string rule, string message)
    {
        if (recommendation.Value.Length == 0)
        {
            throw new DomainValidationException("required", "a criterion finding names its recommendation.", nameof(recommendation));
        }

        Recommendation = recommendation;
        Criterion = Preconditions.Defined(criterion);
        Rule = Preconditions.NotBlank(rule).Trim();
        Message = Preconditions.NotBlank(message).Trim();
    }

    /// <summary>The recommendation.</summary>
    public RecommendationId Recommendation { get; }

    /// <summary>The criterion.</summary>
    public ChairCriterion Criterion { get; }

    /// <summary>What is wrong, in kebab-case.</summary>
    public string Rule { get; }

    /// <summary>What is wrong, as a sentence.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(CriterionFinding? other) =>
        other is not null && Recommendation == other.Recommendation && Criterion == other.Criterion
        && string.Equals(Rule, other.Rule, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CriterionFinding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Recommendation, Criterion, StringComparer.Ordinal.GetHashCode(Rule));

    /// <summary>The finding as text.</summary>
    /// <returns>"id: message".</returns>
    public override string ToString() => $"{Recommendation}: {Message}";
}
