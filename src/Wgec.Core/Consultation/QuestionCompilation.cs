using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Internal;

namespace Wgec.Core.Consultation;

/// <summary>Every current answer to one question: an entry of the compilation "grouped by questions".</summary>
/// <remarks>
/// Answers are ordered by the respondent's stakeholder group (enum order), then display name
/// (ordinal), then id. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class QuestionCompilation : IEquatable<QuestionCompilation>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="question">The question.</param>
    /// <param name="answers">The answers, in the documented order.</param>
    /// <param name="unansweredCount">How many respondents with a current response left the question unanswered.</param>
    /// <exception cref="ArgumentException">An argument is null or the count is negative.</exception>
    public QuestionCompilation(Question question, IEnumerable<AttributedAnswer> answers, int unansweredCount)
    {
        Question = Preconditions.NotNull(question);
        Answers = Immutable.ToArrayChecked(answers, nameof(answers));
        UnansweredCount = Preconditions.NotNegative(unansweredCount);
    }

    /// <summary>The question.</summary>
    public Question Question { get; }

    /// <summary>The answers.</summary>
    public ImmutableArray<AttributedAnswer> Answers { get; }

    /// <summary>How many respondents left the question unanswered.</summary>
    public int UnansweredCount { get; }

    /// <inheritdoc/>
    public bool Equals(QuestionCompilation? other) =>
        other is not null && Question.Equals(other.Question) && UnansweredCount == other.UnansweredCount && Immutable.SequenceEqual(Answers, other.Answers);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as QuestionCompilation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Question, UnansweredCount, Immutable.SequenceHash(Answers));
}
