namespace Wgec.Core.Consultation;

/// <summary>Whether an answer fits its question's format; written once for records and streams.</summary>
internal static class AnswerRules
{
    /// <summary>The broken rule and a message, or null when the answer fits.</summary>
    internal static (string Rule, string Message)? Check(Question question, Answer answer)
    {
        if (question.Format == AnswerFormat.FreeText && !answer.Choices.IsEmpty)
        {
            return ("choice-on-free-text", $"the answer chooses options for question {question.Number}, which is free text.");
        }

        if (question.Format == AnswerFormat.SingleChoice && answer.Choices.Length > 1)
        {
            return ("too-many-choices", $"the answer chooses {answer.Choices.Length} options for question {question.Number}, which takes one.");
        }

        foreach (var choice in answer.Choices)
        {
            if (!question.Options.Contains(choice))
            {
                return ("unknown-option", $"the answer chooses '{choice}' for question {question.Number}, which is not one of its options.");
            }
        }

        return null;
    }
}
