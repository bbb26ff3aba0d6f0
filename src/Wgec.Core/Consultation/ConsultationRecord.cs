using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Consultation;

/// <summary>
/// A whole consultation: the questionnaire, the thematic groups of its questions, the respondents,
/// every submission received (late and superseded ones included), and the figures the public
/// record declares. Pivots over it are in <see cref="ConsultationPivots"/>.
/// </summary>
/// <remarks>
/// <para>
/// Rules checked here: group keys are unique; a group names only questions of the questionnaire,
/// only substantive ones, and no question is in two groups; respondent ids are unique; each
/// submission's answers fit their questions (a choice is one of the options, a single choice has at
/// most one); a submission naming an unknown respondent or question is rejected, or kept and
/// reported when <see cref="UnknownReferences"/> is <see cref="UnknownReferencePolicy.KeepAndReport"/>.
/// </para>
/// <para>
/// A later submission by the same respondent supersedes an earlier one (by <see cref="Response.SubmittedAt"/>;
/// on a tie the one listed later wins); <see cref="Submissions"/> keeps the whole history in the
/// order given. Late submissions are kept and flagged, never dropped.
/// </para>
/// <para>Groups keep the order given; respondents are kept sorted by id. Equality is by content. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ConsultationRecord : IEquatable<ConsultationRecord>
{
    private readonly Dictionary<RespondentId, Respondent> _respondentsById;
    private readonly ImmutableArray<DataQualityFinding> _referenceFindings;

    /// <summary>Creates a consultation record.</summary>
    /// <param name="questionnaire">The questionnaire.</param>
    /// <param name="groups">The thematic groups of questions.</param>
    /// <param name="respondents">The respondents, ids unique.</param>
    /// <param name="submissions">Every submission received, in the order received.</param>
    /// <param name="declared">The figures the public record declares; <see cref="DeclaredFigures.None"/> when absent.</param>
    /// <param name="unknownReferences">What to do with a submission that names an unknown respondent or question.</param>
    /// <exception cref="DomainValidationException">A rule above is broken; the exception names the rule and location.</exception>
    public ConsultationRecord(
        Questionnaire questionnaire,
        IEnumerable<QuestionGroup>? groups = null,
        IEnumerable<Respondent>? respondents = null,
        IEnumerable<Response>? submissions = null,
        DeclaredFigures? declared = null,
        UnknownReferencePolicy unknownReferences = UnknownReferencePolicy.Reject)
    {
        Preconditions.NotNull(questionnaire);
        Preconditions.Defined(unknownReferences);
        Questionnaire = questionnaire;
        UnknownReferences = unknownReferences;
        Declared = declared ?? DeclaredFigures.None;
        Groups = Immutable.ToArrayOrEmpty(groups, nameof(groups));
        UngroupedSubstantiveQuestions = CheckGroups(questionnaire, Groups);

        var people = Immutable.ToArrayOrEmpty(respondents, nameof(respondents));
        _respondentsById = new Dictionary<RespondentId, Respondent>(people.Length);
        for (var i = 0; i < people.Length; i++)
        {
            if (_respondentsById.ContainsKey(people[i].Id))
            {
                throw new DomainValidationException("duplicate-respondent", $"respondent '{people[i].Id}' is listed twice.", nameof(respondents), $"respondents[{i}]");
            }

            _respondentsById.Add(people[i].Id, people[i]);
        }

        Respondents = people.Sort((a, b) => a.Id.CompareTo(b.Id));
        Submissions = Immutable.ToArrayOrEmpty(submissions, nameof(submissions));
        var findings = ImmutableArray.CreateBuilder<DataQualityFinding>();
        var current = new Dictionary<RespondentId, int>();
        var knownIndexes = new List<int>();
        for (var i = 0; i < Submissions.Length; i++)
        {
            var response = Submissions[i];
            if (!CheckSubmission(response, i, findings, nameof(submissions)))
            {
                continue;
            }

            knownIndexes.Add(i);
            if (!current.TryGetValue(response.RespondentId, out var previous) || response.SubmittedAt >= Submissions[previous].SubmittedAt)
            {
                current[response.RespondentId] = i;
            }
        }

        var currentIndexes = new HashSet<int>(current.Values);
        Responses = current.Values.Select(i => Submissions[i]).OrderBy(r => r.RespondentId).ToImmutableArray();
        SupersededSubmissions = knownIndexes.Where(i => !currentIndexes.Contains(i)).Select(i => Submissions[i]).ToImmutableArray();
        _referenceFindings = findings.ToImmutable();
    }

    /// <summary>The questionnaire.</summary>
    public Questionnaire Questionnaire { get; }

    /// <summary>What is done with submissions that name an unknown respondent or question.</summary>
    public UnknownReferencePolicy UnknownReferences { get; }

    /// <summary>The thematic groups of questions, in the order given.</summary>
    public ImmutableArray<QuestionGroup> Groups { get; }

    /// <summary>The respondents, sorted by id.</summary>
    public ImmutableArray<Respondent> Respondents { get; }

    /// <summary>Every submission, in the order given: late, superseded and (when kept) unknown ones included.</summary>
    public ImmutableArray<Response> Submissions { get; }

    /// <summary>The declared figures.</summary>
    public DeclaredFigures Declared { get; }

    /// <summary>The current response of each known respondent who submitted one (the latest), sorted by respondent id.</summary>
    public ImmutableArray<Response> Responses { get; }

    /// <summary>The substantive questions in no group, ascending.</summary>
    public ImmutableArray<int> UngroupedSubstantiveQuestions { get; }

    /// <summary>The submissions made after the deadline in force, in the order given.</summary>
    public ImmutableArray<Response> LateSubmissions => Submissions.Where(IsLate).ToImmutableArray();

    /// <summary>The submissions superseded by a later one from the same respondent, in the order given.</summary>
    public ImmutableArray<Response> SupersededSubmissions { get; }

    /// <summary>The respondent with an id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The respondent or <see langword="null"/>.</returns>
    public Respondent? FindRespondent(RespondentId id) => _respondentsById.TryGetValue(id, out var r) ? r : null;

    /// <summary>Whether a submission came after the deadline in force.</summary>
    /// <param name="response">The submission.</param>
    /// <returns>Whether it is late.</returns>
    public bool IsLate(Response response) => Questionnaire.Deadlines.IsLate(Preconditions.NotNull(response).SubmittedAt);

    /// <summary>Every submission of one respondent, in the order given (the history; the current one is the latest).</summary>
    /// <param name="id">The respondent's id.</param>
    /// <returns>The submissions; empty when none.</returns>
    public ImmutableArray<Response> History(RespondentId id) => Submissions.Where(s => s.RespondentId == id).ToImmutableArray();

    /// <summary>
    /// Every data-quality finding, in a fixed order: the declared figures against each other; the
    /// records against the declared figures (only when there are responses to compare); kept
    /// submissions naming unknown respondents or questions; ungrouped substantive questions (only
    /// when groups are defined).
    /// </summary>
    /// <returns>The findings.</returns>
    public ImmutableArray<DataQualityFinding> Findings()
    {
        var findings = ImmutableArray.CreateBuilder<DataQualityFinding>();
        findings.AddRange(Declared.Findings());
        if (!Responses.IsEmpty)
        {
            findings.AddRange(this.Distribution().CheckAgainst(Declared));
        }

        findings.AddRange(_referenceFindings);
        if (!Groups.IsEmpty)
        {
            foreach (var number in UngroupedSubstantiveQuestions)
            {
                findings.Add(new DataQualityFinding("ungrouped-substantive-question", $"substantive question {number.ToString(CultureInfo.InvariantCulture)} is in no group."));
            }
        }

        return findings.ToImmutable();
    }

    /// <summary>Returns a copy with one more submission.</summary>
    /// <param name="response">The submission.</param>
    /// <returns>A new record.</returns>
    public ConsultationRecord PlusSubmission(Response response) =>
        new(Questionnaire, Groups, Respondents, Submissions.Add(Preconditions.NotNull(response)), Declared, UnknownReferences);

    /// <summary>Returns a copy with one more respondent.</summary>
    /// <param name="respondent">The respondent; its id must be new.</param>
    /// <returns>A new record.</returns>
    public ConsultationRecord PlusRespondent(Respondent respondent) =>
        new(Questionnaire, Groups, Respondents.Add(Preconditions.NotNull(respondent)), Submissions, Declared, UnknownReferences);

    /// <inheritdoc/>
    public bool Equals(ConsultationRecord? other) =>
        other is not null
        && Questionnaire.Equals(other.Questionnaire)
        && UnknownReferences == other.UnknownReferences
        && Declared.Equals(other.Declared)
        && Immutable.SequenceEqual(Groups, other.Groups)
        && Immutable.SequenceEqual(Respondents, other.Respondents)
        && Immutable.SequenceEqual(Submissions, other.Submissions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConsultationRecord);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Questionnaire, Declared, Immutable.SequenceHash(Groups), Immutable.SequenceHash(Respondents), Submissions.Length);

    private static ImmutableArray<int> CheckGroups(Questionnaire questionnaire, ImmutableArray<QuestionGroup> groups)
    {
        var keys = new HashSet<GroupKey>();
        var owner = new Dictionary<int, GroupKey>();
        for (var g = 0; g < groups.Length; g++)
        {
            var group = groups[g];
            if (!keys.Add(group.Key))
            {
                throw new DomainValidationException("duplicate-group-key", $"group key '{group.Key}' is used twice.", nameof(groups), $"groups[{g}].key");
            }

            for (var j = 0; j < group.QuestionNumbers.Length; j++)
            {
                var number = group.QuestionNumbers[j];
                var location = $"groups[{g}].questionNumbers[{j}]";
                if (!questionnaire.HasQuestion(number))
                {
                    throw new DomainValidationException("unknown-question", $"group {group.Key} names question {number}, but the questionnaire has questions 1..{questionnaire.Questions.Length}.", nameof(groups), location);
                }

                var kind = questionnaire.Question(number).Kind;
                if (kind != QuestionKind.Substantive)
                {
                    throw new DomainValidationException("non-substantive-question-grouped", $"group {group.Key} names question {number}, a {kind} question; only substantive questions are grouped.", nameof(groups), location);
                }

                if (owner.TryGetValue(number, out var first))
                {
                    throw new DomainValidationException("question-in-two-groups", $"question {number} is in group {first} and in group {group.Key}.", nameof(groups), location);
                }

                owner.Add(number, group.Key);
            }
        }

        return questionnaire.Questions
            .Where(q => q.Kind == QuestionKind.Substantive && !owner.ContainsKey(q.Number))
            .Select(q => q.Number)
            .ToImmutableArray();
    }

    private bool CheckSubmission(Response response, int index, ImmutableArray<DataQualityFinding>.Builder findings, string paramName)
    {
        var known = true;
        if (!_respondentsById.ContainsKey(response.RespondentId))
        {
            Unknown("unknown-respondent", $"submission {DomainWords.Place(index)} is from respondent '{response.RespondentId}', who is not among the respondents.", $"submissions[{index}].respondentId");
            known = false;
        }

        for (var a = 0; a < response.Answers.Length; a++)
        {
            var answer = response.Answers[a];
            if (!Questionnaire.HasQuestion(answer.QuestionNumber))
            {
                Unknown("unknown-question", $"submission {DomainWords.Place(index)} (respondent '{response.RespondentId}') answers question {answer.QuestionNumber}, but the questionnaire has questions 1..{Questionnaire.Questions.Length}.", Location(a));
                continue;
            }

            if (AnswerRules.Check(Questionnaire.Question(answer.QuestionNumber), answer) is { } fault)
            {
                throw new DomainValidationException(fault.Rule, $"submission {DomainWords.Place(index)} (respondent '{response.RespondentId}'): {fault.Message}", paramName, Location(a));
            }
        }

        return known;

        // Built only when something is wrong: a location string per answer would cost more than the check.
        string Location(int answer) => $"submissions[{index}].answers[{answer}]";

        void Unknown(string code, string message, string location)
        {
            if (UnknownReferences == UnknownReferencePolicy.Reject)
            {
                throw new DomainValidationException(code, message, paramName, location);
            }

            findings.Add(new DataQualityFinding(code, message + " It is kept and left out of the pivots."));
        }
    }
}
