using Wgec.Core.Identifiers;
using System.Linq;
using NodaTime;
using Wgec.Core.Consultation;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Consultation;

public sealed class Wgec2013ConsultationTests
{
    private static readonly ConsultationRecord Record = Wgec2013Consultation.Record();

    [Fact]
    public void Questionnaire_Has18Questions_OneProfileOneCommentsSixteenSubstantive()
    {
        var questions = Record.Questionnaire.Questions;
        questions.Should().HaveCount(18);
        questions.Single(q => q.Kind == QuestionKind.RespondentProfile).Number.Should().Be(1);
        questions.Single(q => q.Kind == QuestionKind.OpenComments).Number.Should().Be(18);
        questions.Count(q => q.Kind == QuestionKind.Substantive).Should().Be(16);
        Record.Questionnaire.IsOpenToAllStakeholders.Should().BeTrue();
    }

    [Fact]
    public void Questionnaire_MarksTheUnsourcedTitlesAndTheInferredQuestion18AsDerived()
    {
        Record.Questionnaire.Questions.Where(q => q.IsTextDerived).Select(q => q.Number).Should().Equal(12, 13, 14, 16, 17, 18);
        var marks = Record.Questionnaire.Sources.Where(s => s.Derivation is not null).ToList();
        marks.Select(s => s.Derivation!.Kind).Should().Equal(DerivationKind.Derived, DerivationKind.Inferred);
        marks[1].Derivation!.Reason.Should().Contain("that it is question 18 is inferred");
    }

    [Fact]
    public void Groups_AreTheChairsGroupingsAndCoverEverySubstantiveQuestion()
    {
        Record.Groups.Select(g => g.ToString()).Should().Equal(
            "A. Implementation of the Tunis Agenda (Q2, Q3)",
            "B. Public policy issues and possible mechanisms (Q4, Q8, Q9)",
            "C. Role of stakeholders (Q5, Q6, Q7, Q14, Q17)",
            "D. Role of developing countries (Q10, Q15)",
            "E. Barriers to participation in enhanced cooperation (Q11, Q12, Q13, Q16)");
        Record.UngroupedSubstantiveQuestions.Should().BeEmpty();
        Record.Groups.Should().OnlyContain(g => g.Source == Wgec2013Consultation.ChairsReport);
    }

    [Fact]
    public void Deadlines_Original15AugustExtendedTo17SeptemberInGeneva()
    {
        var deadlines = Record.Questionnaire.Deadlines;
        deadlines.TimeZoneId.Should().Be("Europe/Zurich");
        deadlines.Original.Date.Should().Be(new LocalDate(2013, 8, 15));
        deadlines.InForce.Date.Should().Be(new LocalDate(2013, 9, 17));
        deadlines.Extensions.Should().OnlyContain(d => d.Source != null);
        deadlines.IsLate(Instant.FromUtc(2013, 9, 17, 20, 0)).Should().BeFalse();
        deadlines.IsLate(Instant.FromUtc(2013, 9, 18, 8, 0)).Should().BeTrue();
    }

    [Fact]
    public void Findings_Report69Versus71_WithoutRespondents()
    {
        Record.Respondents.Should().BeEmpty("no respondent is invented");
        Record.Submissions.Should().BeEmpty();
        var finding = Record.Findings().Should().ContainSingle().Which;
        finding.Code.Should().Be("declared-distribution-sum-mismatch");
        (finding.Declared, finding.Computed).Should().Be((69, 71));
    }

    [Fact]
    public void Declared_CarriesSources()
    {
        Record.Declared.Total!.Source.Should().Be(Wgec2013Consultation.ChairsReport);
        Record.Declared.ByGroup.Should().OnlyContain(c => c.Source.Address != null);
        Record.Declared.ByGroup.Select(c => c.Group).Should().Equal(StakeholderGroup.Governments, StakeholderGroup.PrivateSector, StakeholderGroup.CivilSociety, StakeholderGroup.TechnicalAndAcademic);
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(Record);
    }
}
