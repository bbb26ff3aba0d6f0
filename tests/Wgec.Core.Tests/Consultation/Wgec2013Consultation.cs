using System;
using NodaTime;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Tests.Consultation;

/// <summary>
/// The real 2013 WGEC consultation as far as public sources record it: the questionnaire of 18
/// questions (paraphrased; titles not found in stored sources are derived from their group and
/// marked so), the groupings A–E, the original and extended deadlines in Geneva time, and the
/// declared figures (69 respondents; 29 / 8 / 23 / 11 by category, which sum to 71). It holds no
/// respondents and no responses: none are invented.
/// </summary>
internal static class Wgec2013Consultation
{
    public static readonly SourceReference ChairsReport =
        new("Chair's report to CSTD 17 (Peter Major, WGEC), slides 'The questionnaire', 'Distribution of the respondents' and 'Grouping of the responses'");

    public static readonly SourceReference Questionnaire2013 =
        new("WGEC 2013 questionnaire documents (studylib 10394950 to 10394957)", new Uri("https://studylib.net/doc/10394950"));

    public static readonly SourceReference QuestionnaireDocument =
        new("WGEC 2013 questionnaire document (studylib 10394960)", new Uri("https://studylib.net/doc/10394960"));

    public static readonly SourceReference DeadlineExtensionNotice =
        new("'Enhanced cooperation and Internet governance', dotgay community, 26 Aug 2013", new Uri("https://dotgay-community.org/2013/08/26/enhanced-cooperation-and-internet-governance/"));

    public static readonly SourceReference SecretariatAnalysis =
        new("CSTD secretariat, analysis of the responses to the WGEC questionnaire", new Uri("https://studylib.net/doc/10395132"));

    /// <summary>The questionnaire: Q1 profile, Q2–Q17 substantive, Q18 comments; deadline 15 Aug 2013 extended to 17 Sep 2013.</summary>
    public static Questionnaire Questionnaire() => new(
        "wgec-2013",
        "Questionnaire of the CSTD Working Group on Enhanced Cooperation (2013)",
        [
            Profile(1, "Which stakeholder category does the respondent belong to?"),
            Substantive(2, "What are the significance, purpose and scope of enhanced cooperation?"),
            Substantive(3, "To what extent has enhanced cooperation been implemented so far?"),
            Substantive(4, "Which international Internet-related public policy issues are relevant to enhanced cooperation?"),
            Substantive(5, "What are the roles and responsibilities of each stakeholder in enhanced cooperation?"),
            Substantive(6, "How can governments carry out their roles in international Internet public policy on an equal footing?"),
            Substantive(7, "How does enhanced cooperation enable other stakeholders to play their roles?"),
            Substantive(8, "Which mechanisms would fully implement enhanced cooperation, including on critical Internet resources?"),
            Substantive(9, "How does enhanced cooperation relate to the Internet Governance Forum?"),
            Substantive(10, "How can developing countries play an effective role in enhanced cooperation?"),
            Substantive(11, "Which barriers to participation in enhanced cooperation remain?"),
            Derived(12, "A further question on barriers to participation in enhanced cooperation (group E)"),
            Derived(13, "A further question on barriers to participation in enhanced cooperation (group E)"),
            Derived(14, "A further question on the role of stakeholders (group C)"),
            Substantive(15, "Which Internet public policy issues are of special relevance to developing countries?"),
            Derived(16, "A further question on barriers to participation in enhanced cooperation (group E)"),
            Derived(17, "A further question on the role of stakeholders (group C)"),

            // The seed says one question is for comments and additional topics; that it is Q18 is
            // inferred (see Question18Inferred), so its place is marked as derived too.
            new Question(18, "Comments and additional topics", QuestionKind.OpenComments, isTextDerived: true),
        ],
        isOpenToAllStakeholders: true,
        Deadlines(),
        [ChairsReport, Questionnaire2013, QuestionnaireDocument, DeadlineExtensionNotice, TextsDerivedFromGroups, Question18Inferred]);

    /// <summary>The texts of Q12, Q13, Q14, Q16 and Q17 are not in the stored sources: they are derived from their group.</summary>
    public static readonly SourceReference TextsDerivedFromGroups = ChairsReport.WithDerivation(new Derivation(
        DerivationKind.Derived,
        "the texts of questions 12, 13, 14, 16 and 17 are not in the stored sources; each is derived from the title of the group that holds it"));

    /// <summary>That the comments question is Q18 is inferred, not stated.</summary>
    public static readonly SourceReference Question18Inferred = ChairsReport.WithDerivation(new Derivation(
        DerivationKind.Inferred,
        "the Chair's report says one question is for comments and additional topics; that it is question 18 is inferred, because groups A–E cover every other substantive question and the first question is the stakeholder question"));

    /// <summary>The deadlines, in Geneva time: original 15 August 2013, extended to 17 September 2013.</summary>
    public static DeadlinePolicy Deadlines() => new(
        DeadlinePolicy.GenevaTimeZoneId,
        new Deadline(new LocalDate(2013, 8, 15), "Original deadline for responses to the questionnaire", Questionnaire2013),
        [new Deadline(new LocalDate(2013, 9, 17), "Deadline for responses extended to 17 September 2013", ChairsReport)]);

    /// <summary>The groupings A–E of the responses, as the Chair's report lists them.</summary>
    public static QuestionGroup[] Groups() =>
    [
        new(new GroupKey("A"), "Implementation of the Tunis Agenda", [2, 3], ChairsReport),
        new(new GroupKey("B"), "Public policy issues and possible mechanisms", [4, 8, 9], ChairsReport),
        new(new GroupKey("C"), "Role of stakeholders", [5, 6, 7, 14, 17], ChairsReport),
        new(new GroupKey("D"), "Role of developing countries", [10, 15], ChairsReport),
        new(new GroupKey("E"), "Barriers to participation in enhanced cooperation", [11, 12, 13, 16], ChairsReport),
    ];

    /// <summary>The declared figures: 69 respondents (Chair's report) and 29 / 8 / 23 / 11 by category (secretariat analysis).</summary>
    public static DeclaredFigures Declared() => new(
        new DeclaredCount(69, ChairsReport, label: "total number of respondents"),
        [
            new DeclaredCount(29, SecretariatAnalysis, StakeholderGroup.Governments, "governmental"),
            new DeclaredCount(8, SecretariatAnalysis, StakeholderGroup.PrivateSector, "business"),
            new DeclaredCount(23, SecretariatAnalysis, StakeholderGroup.CivilSociety, "civil society"),
            new DeclaredCount(11, SecretariatAnalysis, StakeholderGroup.TechnicalAndAcademic, "academic/technical"),
        ]);

    /// <summary>The whole record: questionnaire, groups and declared figures; no respondents.</summary>
    public static ConsultationRecord Record() => new(Questionnaire(), Groups(), declared: Declared());

    private static Question Profile(int number, string text) => new(number, text, QuestionKind.RespondentProfile);

    private static Question Substantive(int number, string text) => new(number, text, QuestionKind.Substantive);

    private static Question Derived(int number, string text) => new(number, text, QuestionKind.Substantive, isTextDerived: true);
}
