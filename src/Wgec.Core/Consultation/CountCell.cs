using System;
using Wgec.Core.Internal;
using Wgec.Core.Process;

namespace Wgec.Core.Consultation;

/// <summary>One cell of a <see cref="CountMatrix"/>: for one question and one stakeholder group, how many respondents answered and how many did not.</summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class CountCell : IEquatable<CountCell>
{
    /// <summary>Creates a cell.</summary>
    /// <param name="questionNumber">The question number; positive.</param>
    /// <param name="group">The stakeholder group.</param>
    /// <param name="answered">How many respondents of the group answered.</param>
    /// <param name="unanswered">How many respondents of the group left the question unanswered.</param>
    /// <exception cref="ArgumentException">A number is out of range or the group is undefined.</exception>
    public CountCell(int questionNumber, StakeholderGroup group, int answered, int unanswered)
    {
        Preconditions.Positive(questionNumber);
        Preconditions.Defined(group);
        Preconditions.NotNegative(answered);
        Preconditions.NotNegative(unanswered);
        QuestionNumber = questionNumber;
        Group = group;
        Answered = answered;
        Unanswered = unanswered;
    }

    /// <summary>The question number.</summary>
    public int QuestionNumber { get; }

    /// <summary>The stakeholder group.</summary>
    public StakeholderGroup Group { get; }

    /// <summary>How many answered.</summary>
    public int Answered { get; }

    /// <summary>How many did not answer.</summary>
    public int Unanswered { get; }

    /// <inheritdoc/>
    public bool Equals(CountCell? other) =>
        other is not null && QuestionNumber == other.QuestionNumber && Group == other.Group && Answered == other.Answered && Unanswered == other.Unanswered;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CountCell);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(QuestionNumber, Group, Answered, Unanswered);

    /// <summary>The cell as text.</summary>
    /// <returns>"Q4 × Governments: 3 answered, 1 unanswered".</returns>
    public override string ToString() => $"Q{QuestionNumber} × {DomainWords.Of(Group)}: {Answered} answered, {Unanswered} unanswered";
}
