using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Consultation;

/// <summary>
/// The mutable accumulator behind the streaming fold of the reading layer. It keeps, per respondent, only the
/// submission time, group and answered-question bits of the current submission, so that a later
/// submission can replace an earlier one's contribution; answers themselves are never kept.
/// </summary>
internal sealed class ResponseTally
{
    private readonly Questionnaire _questionnaire;
    private readonly int _questionCount;
    private readonly int[,] _answered;
    private readonly int[,] _unanswered;
    private readonly int[] _groupCounts;
    private readonly Dictionary<RespondentId, Entry> _current = new();

    internal ResponseTally(Questionnaire questionnaire)
    {
        _questionnaire = questionnaire;
        _questionCount = questionnaire.Questions.Length;
        _answered = new int[_questionCount, GroupOrder.All.Length];
        _unanswered = new int[_questionCount, GroupOrder.All.Length];
        _groupCounts = new int[GroupOrder.All.Length];
    }

    internal int Folded { get; private set; }

    internal int Superseded { get; private set; }

    internal int Late { get; private set; }

    /// <summary>The rule and message a response breaks, or null when it can be folded.</summary>
    internal (string Rule, string Message)? Check(Response response, RespondentCategory? category)
    {
        if (category is null)
        {
            return ("unknown-respondent", $"respondent '{response.RespondentId}' is not among the known respondents.");
        }

        foreach (var answer in response.Answers)
        {
            if (!_questionnaire.HasQuestion(answer.QuestionNumber))
            {
                return ("unknown-question", $"respondent '{response.RespondentId}' answers question {answer.QuestionNumber}, but the questionnaire has questions 1..{_questionCount}.");
            }

            if (AnswerRules.Check(_questionnaire.Question(answer.QuestionNumber), answer) is { } fault)
            {
                return fault;
            }
        }

        return null;
    }

    /// <summary>Adds a response that passed <see cref="Check"/>.</summary>
    internal void Add(Response response, RespondentCategory category)
    {
        Folded++;
        if (_questionnaire.Deadlines.IsLate(response.SubmittedAt))
        {
            Late++;
        }

        var group = (int)category.Group;
        if (_current.TryGetValue(response.RespondentId, out var previous))
        {
            Superseded++;
            if (response.SubmittedAt < previous.SubmittedAt)
            {
                return;
            }

            Apply(previous.Group, previous.Bits, -1);
            _groupCounts[previous.Group]--;
        }

        var bits = new ulong[(_questionCount + 63) / 64];
        foreach (var answer in response.Answers)
        {
            var i = answer.QuestionNumber - 1;
            bits[i / 64] |= 1UL << (i % 64);
        }

        Apply(group, bits, +1);
        _groupCounts[group]++;
        _current[response.RespondentId] = new Entry(response.SubmittedAt, group, bits);
    }

    internal CategoryDistribution Distribution() =>
        new(_current.Count, GroupOrder.All.ToDictionary(g => g, g => _groupCounts[(int)g]), isDeclared: false);

    internal CountMatrix Matrix() => CountMatrix.FromCounts(_questionCount, _answered, _unanswered);

    private void Apply(int group, ulong[] bits, int delta)
    {
        for (var q = 0; q < _questionCount; q++)
        {
            if ((bits[q / 64] & (1UL << (q % 64))) != 0)
            {
                _answered[q, group] += delta;
            }
            else
            {
                _unanswered[q, group] += delta;
            }
        }
    }

    private readonly struct Entry
    {
        internal Entry(NodaTime.Instant submittedAt, int group, ulong[] bits)
        {
            SubmittedAt = submittedAt;
            Group = group;
            Bits = bits;
        }

        internal NodaTime.Instant SubmittedAt { get; }

        internal int Group { get; }

        internal ulong[] Bits { get; }
    }
}
