using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Consultation;

/// <summary>
/// A thematic group of questions used to compile and analyse responses, e.g. WGEC group C
/// "role of stakeholders" (Q5, Q6, Q7, Q14, Q17).
/// </summary>
/// <remarks>
/// Question numbers are kept in ascending order. Equality is by content. Immutable and thread-safe.
/// Rules across groups (no question in two groups, only substantive questions) are checked by
/// <see cref="ConsultationRecord"/>, which knows the questionnaire.
/// </remarks>
public sealed class QuestionGroup : IEquatable<QuestionGroup>
{
    /// <summary>Creates a group.</summary>
    /// <param name="key">The group's key, e.g. "A"; not <c>default</c>.</param>
    /// <param name="title">The group's title.</param>
    /// <param name="questionNumbers">The questions in the group; at least one, none repeated.</param>
    /// <param name="source">Where the grouping is recorded, when known.</param>
    /// <exception cref="ArgumentException">The key is default, the title blank, or the numbers empty, non-positive or repeated.</exception>
    public QuestionGroup(GroupKey key, string title, IEnumerable<int> questionNumbers, SourceReference? source = null)
    {
        if (key.Value.Length == 0)
        {
            throw new DomainValidationException("required", "a question group needs a key.", nameof(key));
        }

        Preconditions.NotBlank(title);
        var numbers = Immutable.ToArrayChecked(questionNumbers, nameof(questionNumbers));
        if (numbers.IsEmpty)
        {
            throw new DomainValidationException("empty-group", $"group {key} needs at least one question.", nameof(questionNumbers));
        }

        var seen = new HashSet<int>();
        for (var i = 0; i < numbers.Length; i++)
        {
            if (numbers[i] < 1)
            {
                throw new DomainValidationException("invalid-question-number", $"group {key} lists question number {numbers[i]}; question numbers start at 1.", nameof(questionNumbers), $"questionNumbers[{i}]");
            }

            if (!seen.Add(numbers[i]))
            {
                throw new DomainValidationException("duplicate-question", $"group {key} lists question {numbers[i]} twice.", nameof(questionNumbers), $"questionNumbers[{i}]");
            }
        }

        Key = key;
        Title = title.Trim();
        QuestionNumbers = numbers.Sort();
        Source = source;
    }

    /// <summary>The key.</summary>
    public GroupKey Key { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The question numbers, ascending.</summary>
    public ImmutableArray<int> QuestionNumbers { get; }

    /// <summary>Where the grouping is recorded, or <see langword="null"/>.</summary>
    public SourceReference? Source { get; }

    /// <inheritdoc/>
    public bool Equals(QuestionGroup? other) =>
        other is not null && Key == other.Key && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && QuestionNumbers.SequenceEqual(other.QuestionNumbers) && Equals(Source, other.Source);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as QuestionGroup);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Key, StringComparer.Ordinal.GetHashCode(Title), Immutable.SequenceHash(QuestionNumbers));

    /// <summary>The key, title and questions, e.g. "A. Implementation (Q2, Q3)".</summary>
    /// <returns>The group as text.</returns>
    public override string ToString() => $"{Key}. {Title} ({string.Join(", ", QuestionNumbers.Select(n => "Q" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
}
