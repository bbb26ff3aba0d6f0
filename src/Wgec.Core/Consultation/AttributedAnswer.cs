using System;

namespace Wgec.Core.Consultation;

/// <summary>An answer together with the respondent who gave it, as listed in a compilation by question.</summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class AttributedAnswer : IEquatable<AttributedAnswer>
{
    /// <summary>Creates an attributed answer.</summary>
    /// <param name="respondent">Who answered.</param>
    /// <param name="answer">The answer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AttributedAnswer(Respondent respondent, Answer answer)
    {
        Respondent = Preconditions.NotNull(respondent);
        Answer = Preconditions.NotNull(answer);
    }

    /// <summary>Who answered.</summary>
    public Respondent Respondent { get; }

    /// <summary>The answer.</summary>
    public Answer Answer { get; }

    /// <inheritdoc/>
    public bool Equals(AttributedAnswer? other) => other is not null && Respondent.Equals(other.Respondent) && Answer.Equals(other.Answer);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AttributedAnswer);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Respondent, Answer);
}
