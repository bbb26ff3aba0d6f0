using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Consultation;

/// <summary>
/// A questionnaire: its identity and title, its questions numbered 1..N, whether it is open to all
/// stakeholders, and its deadlines.
/// </summary>
/// <remarks>
/// Questions are kept in number order. Equality is by content. Immutable and thread-safe.
/// </remarks>
public sealed class Questionnaire : IEquatable<Questionnaire>
{
    /// <summary>Creates a questionnaire.</summary>
    /// <param name="id">A short identifier (ASCII letters, digits, '.', '_', ':' or '-'), e.g. <c>wgec-2013</c>.</param>
    /// <param name="title">The title.</param>
    /// <param name="questions">The questions, numbered 1..N without gaps or repeats (any order; kept sorted).</param>
    /// <param name="isOpenToAllStakeholders">Whether every stakeholder may respond, not only members.</param>
    /// <param name="deadlines">The deadline policy.</param>
    /// <param name="sources">Where the questionnaire is recorded.</param>
    /// <exception cref="ArgumentException">
    /// The id or title is invalid, there are no questions, or the numbers repeat or leave a gap.
    /// </exception>
    public Questionnaire(string id, string title, IEnumerable<Question> questions, bool isOpenToAllStakeholders, DeadlinePolicy deadlines, IEnumerable<SourceReference>? sources = null)
    {
        Id = IdText.Validate(id, nameof(id));
        Preconditions.NotBlank(title);
        Preconditions.NotNull(deadlines);
        var given = Immutable.ToArrayChecked(questions, nameof(questions));
        if (given.IsEmpty)
        {
            throw new DomainValidationException("no-questions", "a questionnaire needs at least one question.", nameof(questions));
        }

        var slots = new Question?[given.Length];
        for (var i = 0; i < given.Length; i++)
        {
            var number = given[i].Number;
            if (number > given.Length)
            {
                throw new DomainValidationException("question-numbers-not-contiguous", $"questions must be numbered 1..{given.Length}; question {number} leaves a gap.", nameof(questions), $"questions[{i}].number");
            }

            if (slots[number - 1] is not null)
            {
                throw new DomainValidationException("duplicate-question-number", $"question number {number} is used twice.", nameof(questions), $"questions[{i}].number");
            }

            slots[number - 1] = given[i];
        }

        Title = title.Trim();
        Questions = slots.Select(q => q!).ToImmutableArray();
        IsOpenToAllStakeholders = isOpenToAllStakeholders;
        Deadlines = deadlines;
        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>Whether every stakeholder may respond.</summary>
    public bool IsOpenToAllStakeholders { get; }

    /// <summary>The deadline policy.</summary>
    public DeadlinePolicy Deadlines { get; }

    /// <summary>The questions, in number order (index i holds question i + 1).</summary>
    public ImmutableArray<Question> Questions { get; }

    /// <summary>Where the questionnaire is recorded.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <summary>Whether the questionnaire has a question with this number.</summary>
    /// <param name="number">The question number.</param>
    /// <returns>Whether 1 ≤ number ≤ N.</returns>
    public bool HasQuestion(int number) => number >= 1 && number <= Questions.Length;

    /// <summary>The question with this number.</summary>
    /// <param name="number">The question number, 1..N.</param>
    /// <returns>The question.</returns>
    /// <exception cref="ArgumentOutOfRangeException">There is no such question.</exception>
    public Question Question(int number)
    {
        Preconditions.InRange(number, nameof(number), 1, Questions.Length);
        return Questions[number - 1];
    }

    /// <summary>Whether a submission made at <paramref name="submittedAt"/> came after the deadline in force (see <see cref="DeadlinePolicy.IsLate"/>).</summary>
    /// <param name="submittedAt">When the submission was made.</param>
    /// <returns>Whether it is late.</returns>
    public bool IsLate(NodaTime.Instant submittedAt) => Deadlines.IsLate(submittedAt);

    /// <summary>Returns a copy with another deadline policy.</summary>
    /// <param name="deadlines">The new policy.</param>
    /// <returns>A new questionnaire.</returns>
    public Questionnaire WithDeadlines(DeadlinePolicy deadlines) => new(Id, Title, Questions, IsOpenToAllStakeholders, deadlines, Sources);

    /// <inheritdoc/>
    public bool Equals(Questionnaire? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && IsOpenToAllStakeholders == other.IsOpenToAllStakeholders
        && Deadlines.Equals(other.Deadlines)
        && Immutable.SequenceEqual(Questions, other.Questions)
        && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Questionnaire);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), StringComparer.Ordinal.GetHashCode(Title), Immutable.SequenceHash(Questions));
}
