namespace Wgec.Core.Consultation;

/// <summary>What a question of a questionnaire is for.</summary>
/// <remarks>The default value is <see cref="Substantive"/>.</remarks>
public enum QuestionKind
{
    /// <summary>A question on the substance of the consultation; only these may be grouped.</summary>
    Substantive = 0,

    /// <summary>A question about the respondent (e.g. WGEC 2013 Q1, the stakeholder category).</summary>
    RespondentProfile = 1,

    /// <summary>An open question for comments and additional topics (e.g. WGEC 2013 Q18).</summary>
    OpenComments = 2,
}
