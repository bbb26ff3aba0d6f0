using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Internal;

namespace Wgec.Core.Consultation;

/// <summary>
/// The answer to one question: free text, chosen options, or both (a choice with a comment).
/// An unanswered question has no <see cref="Answer"/> at all.
/// </summary>
/// <remarks>Equality is by content (ordinal, choices in order). Immutable and thread-safe.</remarks>
public sealed class Answer : IEquatable<Answer>
{
    /// <summary>Creates an answer.</summary>
    /// <param name="questionNumber">The number of the question answered.</param>
    /// <param name="text">The free text, or <see langword="null"/>.</param>
    /// <param name="choices">The options chosen, in the order given; empty for free text.</param>
    /// <exception cref="ArgumentException">
    /// The number is not positive; there is neither text nor a choice; a choice is blank or repeated.
    /// </exception>
    public Answer(int questionNumber, string? text, IEnumerable<string>? choices = null)
    {
        Preconditions.Positive(questionNumber);
        var list = Immutable.ToArrayOrEmpty(choices, nameof(choices));
        var trimmed = true;
        var seen = list.Length > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < list.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(list[i]))
            {
                throw new DomainValidationException("blank-choice", $"choice {DomainWords.Place(i)} of the answer to question {questionNumber} is blank.", nameof(choices), $"choices[{i}]");
            }

            trimmed &= list[i].Length == list[i].Trim().Length;

            // Answers have a handful of choices: comparing with the earlier ones beats a set; long lists get one.
            var repeated = seen is not null ? !seen.Add(list[i].Trim()) : IsRepeated(list, i);
            if (repeated)
            {
                throw new DomainValidationException("duplicate-choice", $"choice '{list[i].Trim()}' of the answer to question {questionNumber} is given twice.", nameof(choices), $"choices[{i}]");
            }
        }

        var trimmedText = string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
        if (trimmedText is null && list.IsEmpty)
        {
            throw new DomainValidationException("empty-answer", $"the answer to question {questionNumber} has neither text nor a choice; leave an unanswered question out.", nameof(text));
        }

        QuestionNumber = questionNumber;
        Text = trimmedText;
        Choices = trimmed ? list : list.Select(c => c.Trim()).ToImmutableArray();
    }

    private static bool IsRepeated(ImmutableArray<string> list, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (string.Equals(list[j].Trim(), list[i].Trim(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number of the question answered.</summary>
    public int QuestionNumber { get; }

    /// <summary>The free text, or <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>The options chosen; empty for a free-text answer.</summary>
    public ImmutableArray<string> Choices { get; }

    /// <summary>Creates a free-text answer.</summary>
    /// <param name="questionNumber">The question number.</param>
    /// <param name="text">The text; not blank.</param>
    /// <returns>The answer.</returns>
    public static Answer FreeText(int questionNumber, string text) => new(questionNumber, Preconditions.NotBlank(text));

    /// <summary>Creates a choice answer.</summary>
    /// <param name="questionNumber">The question number.</param>
    /// <param name="choices">The options chosen; at least one.</param>
    /// <returns>The answer.</returns>
    public static Answer Choice(int questionNumber, params string[] choices) => new(questionNumber, null, choices);

    /// <inheritdoc/>
    public bool Equals(Answer? other) =>
        other is not null
        && QuestionNumber == other.QuestionNumber
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Choices.SequenceEqual(other.Choices, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Answer);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(QuestionNumber, Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text), Immutable.SequenceHash(Choices));
}
