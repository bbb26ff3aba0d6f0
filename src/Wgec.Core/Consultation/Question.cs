using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Internal;

namespace Wgec.Core.Consultation;

/// <summary>
/// One question of a questionnaire: its number, a paraphrase of its text, what it is for, how it
/// is answered, and whether its title was derived rather than found in a source.
/// </summary>
/// <remarks>
/// Equality is by content (ordinal text, options in order). There is no default value (a class).
/// Immutable and thread-safe.
/// </remarks>
public sealed class Question : IEquatable<Question>
{
    /// <summary>Creates a question.</summary>
    /// <param name="number">The 1-based number of the question in its questionnaire.</param>
    /// <param name="text">A paraphrase of the question (sources are paraphrased, never copied).</param>
    /// <param name="kind">What the question is for.</param>
    /// <param name="format">How the question is answered.</param>
    /// <param name="options">The options of a choice question, in display order; empty for free text.</param>
    /// <param name="isTextDerived">
    /// Whether <paramref name="text"/> was derived (e.g. from the question's thematic group) because
    /// no stored source holds the question.
    /// </param>
    /// <exception cref="ArgumentException">
    /// The number is not positive, the text is blank, a choice question has fewer than two options,
    /// a free-text question has options, or an option is blank or repeated.
    /// </exception>
    public Question(int number, string text, QuestionKind kind, AnswerFormat format = AnswerFormat.FreeText, IEnumerable<string>? options = null, bool isTextDerived = false)
    {
        Preconditions.Positive(number);
        Preconditions.NotBlank(text);
        Preconditions.Defined(kind);
        Preconditions.Defined(format);
        var list = Immutable.ToArrayOrEmpty(options, nameof(options));
        if (format == AnswerFormat.FreeText && list.Length > 0)
        {
            throw new DomainValidationException("options-on-free-text", $"question {number} is free text and must have no options, not {list.Length}.", nameof(options));
        }

        if (format != AnswerFormat.FreeText && list.Length < 2)
        {
            throw new DomainValidationException("too-few-options", $"question {number} is a choice question and needs at least two options, not {list.Length}.", nameof(options));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var trimmed = ImmutableArray.CreateBuilder<string>(list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            var option = list[i].Trim();
            if (option.Length == 0)
            {
                throw new DomainValidationException("blank-option", $"option {DomainWords.Place(i)} of question {number} is blank.", nameof(options), $"options[{i}]");
            }

            if (!seen.Add(option))
            {
                throw new DomainValidationException("duplicate-option", $"option '{option}' of question {number} is listed twice.", nameof(options), $"options[{i}]");
            }

            trimmed.Add(option);
        }

        Number = number;
        Text = text.Trim();
        Kind = kind;
        Format = format;
        Options = trimmed.MoveToImmutable();
        IsTextDerived = isTextDerived;
    }

    /// <summary>The 1-based number of the question.</summary>
    public int Number { get; }

    /// <summary>A paraphrase of the question.</summary>
    public string Text { get; }

    /// <summary>What the question is for.</summary>
    public QuestionKind Kind { get; }

    /// <summary>How the question is answered.</summary>
    public AnswerFormat Format { get; }

    /// <summary>The options of a choice question, in display order; empty for free text.</summary>
    public ImmutableArray<string> Options { get; }

    /// <summary>Whether the text was derived rather than taken from a source.</summary>
    public bool IsTextDerived { get; }

    /// <summary>Returns a copy with another text.</summary>
    /// <param name="text">The new paraphrase.</param>
    /// <param name="isTextDerived">Whether the new text is derived.</param>
    /// <returns>A new question.</returns>
    public Question WithText(string text, bool isTextDerived) => new(Number, text, Kind, Format, Options, isTextDerived);

    /// <inheritdoc/>
    public bool Equals(Question? other) =>
        other is not null
        && Number == other.Number
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && Kind == other.Kind
        && Format == other.Format
        && IsTextDerived == other.IsTextDerived
        && Options.SequenceEqual(other.Options, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Question);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, StringComparer.Ordinal.GetHashCode(Text), Kind, Format, IsTextDerived, Immutable.SequenceHash(Options));

    /// <summary>"Q" and the number, then the text.</summary>
    /// <returns>The question as text.</returns>
    public override string ToString() => $"Q{Number}: {Text}";
}
