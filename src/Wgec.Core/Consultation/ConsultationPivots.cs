using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Process;

namespace Wgec.Core.Consultation;

/// <summary>
/// The compilations and counts of a <see cref="ConsultationRecord"/>: by respondent, by question,
/// by group, the question × stakeholder-group count matrix, and the distribution of respondents.
/// </summary>
/// <remarks>
/// Every pivot works on the current responses (<see cref="ConsultationRecord.Responses"/>): one per
/// respondent, superseded submissions left out; kept submissions of unknown respondents and answers
/// to unknown questions are left out too. Results are deterministic: respondents are ordered by
/// stakeholder group (enum order), then display name (ordinal), then id. Pure and thread-safe.
/// </remarks>
public static class ConsultationPivots
{
    /// <summary>Each respondent's current answers, in question order (the compilation "grouped by respondents").</summary>
    /// <param name="record">The consultation.</param>
    /// <returns>One entry per respondent with a current response.</returns>
    public static ImmutableArray<RespondentCompilation> ByRespondent(this ConsultationRecord record)
    {
        Preconditions.NotNull(record);
        return Ordered(record)
            .Select(x => new RespondentCompilation(x.Respondent, x.Response, record.IsLate(x.Response), x.Response.Answers.Where(a => record.Questionnaire.HasQuestion(a.QuestionNumber))))
            .ToImmutableArray();
    }

    /// <summary>Every current answer to each question (the compilation "grouped by questions").</summary>
    /// <param name="record">The consultation.</param>
    /// <returns>One entry per question, in question order.</returns>
    public static ImmutableArray<QuestionCompilation> ByQuestion(this ConsultationRecord record)
    {
        Preconditions.NotNull(record);
        var ordered = Ordered(record);
        return record.Questionnaire.Questions.Select(q => Compile(q, ordered)).ToImmutableArray();
    }

    /// <summary>The compilations by question of each thematic group.</summary>
    /// <param name="record">The consultation.</param>
    /// <returns>One entry per group, in the record's group order.</returns>
    public static ImmutableArray<GroupCompilation> ByGroup(this ConsultationRecord record)
    {
        Preconditions.NotNull(record);
        var ordered = Ordered(record);
        return record.Groups
            .Select(g => new GroupCompilation(g, g.QuestionNumbers.Select(n => Compile(record.Questionnaire.Question(n), ordered))))
            .ToImmutableArray();
    }

    /// <summary>How many respondents of each stakeholder group answered, and did not answer, each question.</summary>
    /// <param name="record">The consultation.</param>
    /// <returns>The complete matrix.</returns>
    public static CountMatrix CountMatrix(this ConsultationRecord record)
    {
        Preconditions.NotNull(record);
        var n = record.Questionnaire.Questions.Length;
        var answered = new int[n, GroupOrder.All.Length];
        var unanswered = new int[n, GroupOrder.All.Length];
        foreach (var x in Ordered(record))
        {
            var g = (int)x.Respondent.Category.Group;
            for (var q = 1; q <= n; q++)
            {
                if (x.Response.Answered(q))
                {
                    answered[q - 1, g]++;
                }
                else
                {
                    unanswered[q - 1, g]++;
                }
            }
        }

        return Consultation.CountMatrix.FromCounts(n, answered, unanswered);
    }

    /// <summary>The distribution by stakeholder group of the respondents with a current response, computed from the records.</summary>
    /// <param name="record">The consultation.</param>
    /// <returns>A computed distribution; check it with <see cref="CategoryDistribution.CheckAgainst"/>.</returns>
    public static CategoryDistribution Distribution(this ConsultationRecord record)
    {
        Preconditions.NotNull(record);
        var respondents = Ordered(record).Select(x => x.Respondent).ToList();
        var counts = respondents.GroupBy(r => r.Category.Group).ToDictionary(g => g.Key, g => g.Count());
        return new CategoryDistribution(respondents.Count, counts, isDeclared: false);
    }

    /// <summary>The distribution the record's declared figures state.</summary>
    /// <param name="record">The consultation.</param>
    /// <returns>A declared distribution.</returns>
    public static CategoryDistribution DeclaredDistribution(this ConsultationRecord record) =>
        CategoryDistribution.FromDeclared(Preconditions.NotNull(record).Declared);

    /// <summary>The stable order of respondents: stakeholder group, then display name, then id.</summary>
    internal static int CompareRespondents(Respondent a, Respondent b)
    {
        var byGroup = ((int)a.Category.Group).CompareTo((int)b.Category.Group);
        if (byGroup != 0)
        {
            return byGroup;
        }

        var byName = string.CompareOrdinal(a.DisplayName, b.DisplayName);
        return byName != 0 ? byName : a.Id.CompareTo(b.Id);
    }

    private static List<(Respondent Respondent, Response Response)> Ordered(ConsultationRecord record)
    {
        var list = record.Responses.Select(r => (Respondent: record.FindRespondent(r.RespondentId)!, Response: r)).ToList();
        list.Sort((x, y) => CompareRespondents(x.Respondent, y.Respondent));
        return list;
    }

    private static QuestionCompilation Compile(Question question, List<(Respondent Respondent, Response Response)> ordered)
    {
        var answers = new List<AttributedAnswer>();
        var unanswered = 0;
        foreach (var x in ordered)
        {
            if (x.Response.AnswerTo(question.Number) is { } answer)
            {
                answers.Add(new AttributedAnswer(x.Respondent, answer));
            }
            else
            {
                unanswered++;
            }
        }

        return new QuestionCompilation(question, answers, unanswered);
    }
}
