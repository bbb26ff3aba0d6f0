using NodaTime;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Tests.Consultation;

/// <summary>
/// A hand-made consultation of 10 respondents over a 5-question questionnaire, small enough to
/// compute every pivot by hand. r03 submits twice (the second supersedes); r07 submits late.
/// </summary>
internal static class SampleConsultation
{
    public static readonly Instant Early = Instant.FromUtc(2013, 8, 1, 9, 0);
    public static readonly Instant Later = Instant.FromUtc(2013, 9, 1, 9, 0);
    public static readonly Instant AfterDeadline = Instant.FromUtc(2013, 9, 18, 8, 0);

    public static Questionnaire Questionnaire() => new(
        "sample",
        "Sample questionnaire",
        [
            new Question(1, "Stakeholder category", QuestionKind.RespondentProfile, AnswerFormat.SingleChoice, ["government", "business", "civil society", "technical", "international"]),
            new Question(2, "Purpose of enhanced cooperation", QuestionKind.Substantive),
            new Question(3, "Relevant issues", QuestionKind.Substantive, AnswerFormat.MultipleChoice, ["x", "y", "z"]),
            new Question(4, "Mechanisms", QuestionKind.Substantive),
            new Question(5, "Comments", QuestionKind.OpenComments),
        ],
        isOpenToAllStakeholders: true,
        Wgec2013Consultation.Deadlines());

    public static QuestionGroup[] Groups() =>
    [
        new(new GroupKey("A"), "Purpose and issues", [2, 3]),
        new(new GroupKey("B"), "Mechanisms", [4]),
    ];

    public static Respondent[] Respondents() =>
    [
        Person("r01", StakeholderGroup.Governments, "Brazil"),
        Person("r02", StakeholderGroup.Governments, "Hungary"),
        Person("r03", StakeholderGroup.Governments, "India"),
        new(new RespondentId("r04"), new RespondentCategory(StakeholderGroup.PrivateSector, "business association", ecosocStatus: EcosocStatus.General), organisation: "ICC BASIS"),
        new(new RespondentId("r05"), new RespondentCategory(StakeholderGroup.PrivateSector)),
        Person("r06", StakeholderGroup.CivilSociety, "APC"),
        new(new RespondentId("r07"), new RespondentCategory(StakeholderGroup.CivilSociety, region: "Asia-Pacific", isFromDevelopingCountry: true, ecosocStatus: EcosocStatus.Special), organisation: "IT for Change"),
        new(new RespondentId("r08"), new RespondentCategory(StakeholderGroup.CivilSociety)),
        Person("r09", StakeholderGroup.TechnicalAndAcademic, "ISOC"),
        Person("r10", StakeholderGroup.IntergovernmentalAndInternational, "ITU"),
    ];

    /// <summary>Eleven submissions: r03 twice (the second supersedes the first), r07 late.</summary>
    public static Response[] Submissions() =>
    [
        Submit("r01", Early, Answer.Choice(1, "government"), Answer.FreeText(2, "r01 on Q2"), Answer.Choice(3, "x"), Answer.FreeText(4, "r01 on Q4")),
        Submit("r02", Early, Answer.FreeText(2, "r02 on Q2"), Answer.FreeText(4, "r02 on Q4")),
        Submit("r03", Early, Answer.FreeText(2, "r03 first on Q2")),
        Submit("r04", Early, Answer.Choice(1, "business"), Answer.Choice(3, "x")),
        Submit("r05", Early, Answer.FreeText(2, "r05 on Q2")),
        Submit("r06", Early, Answer.FreeText(2, "r06 on Q2"), Answer.FreeText(4, "r06 on Q4"), Answer.FreeText(5, "r06 comments")),
        Submit("r07", AfterDeadline, Answer.FreeText(2, "r07 on Q2"), Answer.Choice(3, "z")),
        Submit("r08", Early, Answer.FreeText(5, "r08 comments")),
        Submit("r09", Early, Answer.Choice(1, "technical"), Answer.FreeText(2, "r09 on Q2"), Answer.Choice(3, "x", "y"), Answer.FreeText(4, "r09 on Q4")),
        Submit("r10", Early, Answer.FreeText(4, "r10 on Q4")),
        Submit("r03", Later, Answer.FreeText(2, "r03 second on Q2"), Answer.Choice(3, "y", "z"), Answer.FreeText(4, "r03 on Q4"), Answer.FreeText(5, "r03 comments")),
    ];

    public static ConsultationRecord Record(DeclaredFigures? declared = null) =>
        new(Questionnaire(), Groups(), Respondents(), Submissions(), declared);

    public static Response Submit(string respondent, Instant at, params Answer[] answers) =>
        new(new RespondentId(respondent), at, "en", answers);

    private static Respondent Person(string id, StakeholderGroup group, string name) =>
        new(new RespondentId(id), new RespondentCategory(group), name);
}
