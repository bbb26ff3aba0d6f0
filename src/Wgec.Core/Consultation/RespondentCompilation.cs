using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Internal;

namespace Wgec.Core.Consultation;

/// <summary>One respondent's current answers, in question order: an entry of the compilation "grouped by respondents".</summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class RespondentCompilation : IEquatable<RespondentCompilation>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="respondent">The respondent.</param>
    /// <param name="response">The respondent's current response.</param>
    /// <param name="isLate">Whether the response came after the deadline in force.</param>
    /// <param name="answers">The answers to questions of the questionnaire, in question order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RespondentCompilation(Respondent respondent, Response response, bool isLate, IEnumerable<Answer> answers)
    {
        Respondent = Preconditions.NotNull(respondent);
        Response = Preconditions.NotNull(response);
        IsLate = isLate;
        Answers = Immutable.ToArrayChecked(answers, nameof(answers));
    }

    /// <summary>The respondent.</summary>
    public Respondent Respondent { get; }

    /// <summary>The current response.</summary>
    public Response Response { get; }

    /// <summary>Whether the response was late.</summary>
    public bool IsLate { get; }

    /// <summary>The answers, in question order.</summary>
    public ImmutableArray<Answer> Answers { get; }

    /// <inheritdoc/>
    public bool Equals(RespondentCompilation? other) =>
        other is not null && Respondent.Equals(other.Respondent) && Response.Equals(other.Response) && IsLate == other.IsLate && Immutable.SequenceEqual(Answers, other.Answers);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RespondentCompilation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Respondent, Response, IsLate);
}
