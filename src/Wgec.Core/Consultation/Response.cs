using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Consultation;

/// <summary>
/// One submission to a questionnaire: who, when, in which language, and the answers by question
/// number. A question without an answer is unanswered.
/// </summary>
/// <remarks>
/// Answers are kept in question-number order, one per question at most. Equality is by content.
/// Immutable and thread-safe.
/// </remarks>
public sealed class Response : IEquatable<Response>
{
    /// <summary>Creates a response.</summary>
    /// <param name="respondentId">Who submitted it; not <c>default</c>.</param>
    /// <param name="submittedAt">When it was submitted.</param>
    /// <param name="language">The language of the submission, as a BCP 47 tag such as <c>en</c> or <c>fr-CH</c>.</param>
    /// <param name="answers">The answers, at most one per question (any order; kept sorted by question number).</param>
    /// <exception cref="ArgumentException">The id is default, the language tag is malformed, or a question is answered twice.</exception>
    public Response(RespondentId respondentId, Instant submittedAt, string language, IEnumerable<Answer> answers)
    {
        if (respondentId.Value.Length == 0)
        {
            throw new DomainValidationException("required", "a response needs a respondent id.", nameof(respondentId));
        }

        Preconditions.NotBlank(language);
        if (!IsLanguageTag(language))
        {
            throw new DomainValidationException("invalid-language", $"'{language}' is not a BCP 47 language tag such as 'en' or 'fr-CH'.", nameof(language));
        }

        var given = Immutable.ToArrayChecked(answers, nameof(answers));
        RespondentId = respondentId;
        SubmittedAt = submittedAt;
        Language = language;
        Answers = SortedByQuestion(given);
    }

    // Answers usually come in question order: then the given array is kept as it is, with no copy.
    private static ImmutableArray<Answer> SortedByQuestion(ImmutableArray<Answer> answers)
    {
        var ordered = true;
        for (var i = 1; i < answers.Length && ordered; i++)
        {
            ordered = answers[i - 1].QuestionNumber < answers[i].QuestionNumber;
        }

        if (ordered)
        {
            return answers;
        }

        var seen = new HashSet<int>();
        for (var i = 0; i < answers.Length; i++)
        {
            if (!seen.Add(answers[i].QuestionNumber))
            {
                throw new DomainValidationException("duplicate-answer", $"question {answers[i].QuestionNumber} is answered twice.", nameof(answers), $"answers[{i}]");
            }
        }

        return answers.Sort((a, b) => a.QuestionNumber.CompareTo(b.QuestionNumber));
    }

    /// <summary>Who submitted the response.</summary>
    public RespondentId RespondentId { get; }

    /// <summary>When the response was submitted.</summary>
    public Instant SubmittedAt { get; }

    /// <summary>The BCP 47 language tag.</summary>
    public string Language { get; }

    /// <summary>The answers, in question-number order.</summary>
    public ImmutableArray<Answer> Answers { get; }

    /// <summary>The answer to a question, or <see langword="null"/> when it is unanswered.</summary>
    /// <param name="questionNumber">The question number.</param>
    /// <returns>The answer or <see langword="null"/>.</returns>
    public Answer? AnswerTo(int questionNumber)
    {
        foreach (var answer in Answers)
        {
            if (answer.QuestionNumber == questionNumber)
            {
                return answer;
            }
        }

        return null;
    }

    /// <summary>Whether a question is answered.</summary>
    /// <param name="questionNumber">The question number.</param>
    /// <returns>Whether there is an answer.</returns>
    public bool Answered(int questionNumber) => AnswerTo(questionNumber) is not null;

    /// <inheritdoc/>
    public bool Equals(Response? other) =>
        other is not null
        && RespondentId == other.RespondentId
        && SubmittedAt == other.SubmittedAt
        && string.Equals(Language, other.Language, StringComparison.Ordinal)
        && Immutable.SequenceEqual(Answers, other.Answers);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Response);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RespondentId, SubmittedAt, Immutable.SequenceHash(Answers));

    /// <summary>
    /// Whether the text is a BCP 47 tag in form: a primary subtag of 2–8 letters, then subtags of
    /// 1–8 letters or digits, joined by hyphens. It allocates nothing: the streaming fold checks every line's tag.
    /// </summary>
    internal static bool IsLanguageTag(string tag)
    {
        var start = 0;
        for (var i = 0; i <= tag.Length; i++)
        {
            if (i < tag.Length && tag[i] != '-')
            {
                if (!IsAsciiLetter(tag[i]) && (start == 0 || tag[i] < '0' || tag[i] > '9'))
                {
                    return false;
                }

                continue;
            }

            var length = i - start;
            if (length > 8 || length < (start == 0 ? 2 : 1))
            {
                return false;
            }

            start = i + 1;
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
