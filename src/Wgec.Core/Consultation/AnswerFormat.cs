namespace Wgec.Core.Consultation;

/// <summary>How a question is answered.</summary>
/// <remarks>The default value is <see cref="FreeText"/>.</remarks>
public enum AnswerFormat
{
    /// <summary>Free text; the question has no options.</summary>
    FreeText = 0,

    /// <summary>Exactly one of the question's options.</summary>
    SingleChoice = 1,

    /// <summary>One or more of the question's options.</summary>
    MultipleChoice = 2,
}
