using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Serialization.Engine;

namespace Wgec.Core.Serialization.Streaming;

/// <summary>
/// The mutable accumulator behind the streaming fold. Per distinct respondent it keeps the category
/// and, of the current submission, the time, the group and one bit per question answered, so that a
/// later submission replaces an earlier one's contribution; answers themselves are never kept, and a
/// response adds nothing to memory.
/// </summary>
/// <remarks>
/// Respondents are found by the UTF-8 bytes of their id, so a response read straight from a stream
/// is tallied without a string. The category function is asked once per distinct respondent.
/// </remarks>
internal sealed class ResponseTally
{
    private readonly Questionnaire _questionnaire;
    private readonly Func<RespondentId, RespondentCategory?> _categoryOf;
    private readonly int _groups = GroupOrder.All.Length;
    private readonly int[] _answered;
    private readonly int[] _unanswered;
    private readonly int[] _groupCounts;
    private readonly ByteKeyTable _ids = new();
    private readonly Instant _lateFrom;
    private RespondentCategory[] _categories = new RespondentCategory[256];
    private Instant[] _submittedAt = new Instant[256];
    private bool[] _current = new bool[256];
    private ulong[] _bits;
    private byte[] _scratch = new byte[64];

    internal ResponseTally(Questionnaire questionnaire, Func<RespondentId, RespondentCategory?> categoryOf)
    {
        _questionnaire = questionnaire;
        _categoryOf = categoryOf;
        QuestionCount = questionnaire.Questions.Length;
        Words = (QuestionCount + 63) / 64;
        _answered = new int[QuestionCount * _groups];
        _unanswered = new int[QuestionCount * _groups];
        _groupCounts = new int[_groups];
        _bits = new ulong[256 * Words];

        // Found once: the policy finds it in the time zone on every call.
        _lateFrom = questionnaire.Deadlines.LateFrom;
    }

    /// <summary>How many questions the questionnaire has.</summary>
    internal int QuestionCount { get; }

    /// <summary>How many 64-bit words hold one bit per question.</summary>
    internal int Words { get; }

    internal Questionnaire Questionnaire => _questionnaire;

    internal int Folded { get; private set; }

    internal int Superseded { get; private set; }

    internal int Late { get; private set; }

    /// <summary>The respondent with these id bytes seen before with a category, or -1.</summary>
    internal int Find(ReadOnlySpan<byte> idUtf8) => _ids.Find(idUtf8);

    /// <summary>
    /// The respondent with this id: one seen before, or a new one when the category function knows
    /// them; -1 when it does not. <paramref name="idUtf8"/> must be the UTF-8 of <paramref name="id"/>.
    /// </summary>
    internal int Respondent(RespondentId id, ReadOnlySpan<byte> idUtf8)
    {
        var slot = _ids.Find(idUtf8);
        if (slot >= 0)
        {
            return slot;
        }

        if (_categoryOf(id) is not { } category)
        {
            return -1;
        }

        slot = _ids.Add(idUtf8);
        if (slot == _categories.Length)
        {
            Array.Resize(ref _categories, slot * 2);
            Array.Resize(ref _submittedAt, slot * 2);
            Array.Resize(ref _current, slot * 2);
            Array.Resize(ref _bits, slot * 2 * Words);
        }

        _categories[slot] = category;
        return slot;
    }

    /// <summary>The rule and message a response breaks, or null when it can be folded.</summary>
    internal (string Rule, string Message)? Check(Response response, int respondent)
    {
        if (respondent < 0)
        {
            return ("unknown-respondent", $"respondent '{response.RespondentId}' is not among the known respondents.");
        }

        foreach (var answer in response.Answers)
        {
            if (!_questionnaire.HasQuestion(answer.QuestionNumber))
            {
                return ("unknown-question", $"respondent '{response.RespondentId}' answers question {answer.QuestionNumber}, but the questionnaire has questions 1..{QuestionCount}.");
            }

            if (AnswerRules.Check(_questionnaire.Question(answer.QuestionNumber), answer) is { } fault)
            {
                return fault;
            }
        }

        return null;
    }

    /// <summary>Finds or adds the respondent of a response (-1 when unknown), by the UTF-8 of the id.</summary>
    internal int Respondent(Response response)
    {
        var id = response.RespondentId.Value;
        var length = Utf8Text.Strict.GetMaxByteCount(id.Length);
        if (_scratch.Length < length)
        {
            _scratch = new byte[length];
        }

        var written = Utf8Text.Strict.GetBytes(id, 0, id.Length, _scratch, 0);
        return Respondent(response.RespondentId, new ReadOnlySpan<byte>(_scratch, 0, written));
    }

    /// <summary>Adds a response that passed <see cref="Check"/>.</summary>
    internal void Add(Response response, int respondent)
    {
        Span<ulong> bits = stackalloc ulong[Words];
        bits.Clear();
        foreach (var answer in response.Answers)
        {
            var i = answer.QuestionNumber - 1;
            bits[i / 64] |= 1UL << (i % 64);
        }

        Add(respondent, response.SubmittedAt, bits);
    }

    /// <summary>Adds a valid response of a known respondent: when, and one bit per question answered.</summary>
    internal void Add(int respondent, Instant submittedAt, ReadOnlySpan<ulong> answered)
    {
        Folded++;
        if (submittedAt >= _lateFrom)
        {
            Late++;
        }

        var group = (int)_categories[respondent].Group;
        var current = _bits.AsSpan(respondent * Words, Words);
        if (_current[respondent])
        {
            Superseded++;
            if (submittedAt < _submittedAt[respondent])
            {
                return;
            }

            Apply(group, current, -1);
            _groupCounts[group]--;
        }

        answered.CopyTo(current);
        Apply(group, current, +1);
        _groupCounts[group]++;
        _current[respondent] = true;
        _submittedAt[respondent] = submittedAt;
    }

    internal CategoryDistribution Distribution() =>
        new(_groupCounts.Sum(), GroupOrder.All.ToDictionary(g => g, g => _groupCounts[(int)g]), isDeclared: false);

    internal CountMatrix Matrix()
    {
        var answered = new int[QuestionCount, _groups];
        var unanswered = new int[QuestionCount, _groups];
        for (var q = 0; q < QuestionCount; q++)
        {
            for (var g = 0; g < _groups; g++)
            {
                answered[q, g] = _answered[(q * _groups) + g];
                unanswered[q, g] = _unanswered[(q * _groups) + g];
            }
        }

        return CountMatrix.FromCounts(QuestionCount, answered, unanswered);
    }

    private void Apply(int group, ReadOnlySpan<ulong> bits, int delta)
    {
        for (var q = 0; q < QuestionCount; q++)
        {
            var cell = (q * _groups) + group;
            if ((bits[q / 64] & (1UL << (q % 64))) != 0)
            {
                _answered[cell] += delta;
            }
            else
            {
                _unanswered[cell] += delta;
            }
        }
    }
}
