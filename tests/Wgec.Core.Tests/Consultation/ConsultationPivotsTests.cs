using System.Linq;
using Wgec.Core.Consultation;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Consultation;

/// <summary>The pivots on the hand-made consultation of 10 respondents, each figure computed by hand.</summary>
public sealed class ConsultationPivotsTests
{
    private static readonly ConsultationRecord Record = SampleConsultation.Record();

    [Fact]
    public void ByRespondent_OrdersByCategoryThenName_AndAnswersByQuestion()
    {
        var compilation = Record.ByRespondent();

        compilation.Select(c => c.Respondent.Id.Value).Should().Equal("r01", "r02", "r03", "r04", "r05", "r06", "r07", "r08", "r09", "r10");
        var r03 = compilation[2];
        r03.Answers.Select(a => a.QuestionNumber).Should().Equal(2, 3, 4, 5);
        r03.Answers[0].Text.Should().Be("r03 second on Q2", "the second submission supersedes the first");
        compilation.Single(c => c.IsLate).Respondent.Id.Value.Should().Be("r07");
    }

    [Fact]
    public void ByRespondent_NameOrderWithinCategory_IsOrdinalOnDisplayName()
    {
        // Civil society: "APC" (r06) < "IT for Change" (r07) < anonymous "r08".
        Record.ByRespondent().Where(c => c.Respondent.Category.Group == StakeholderGroup.CivilSociety)
            .Select(c => c.Respondent.DisplayName).Should().Equal("APC", "IT for Change", "r08");
    }

    [Fact]
    public void ByQuestion_ListsEveryAnswerInStableOrder()
    {
        var byQuestion = Record.ByQuestion();

        byQuestion.Select(q => q.Question.Number).Should().Equal(1, 2, 3, 4, 5);
        var q2 = byQuestion[1];
        q2.Answers.Select(a => a.Respondent.Id.Value).Should().Equal("r01", "r02", "r03", "r05", "r06", "r07", "r09");
        q2.UnansweredCount.Should().Be(3);
        byQuestion[2].Answers.Select(a => string.Join("+", a.Answer.Choices)).Should().Equal("x", "y+z", "x", "z", "x+y");
        byQuestion[4].Answers.Select(a => a.Respondent.Id.Value).Should().Equal("r03", "r06", "r08");
    }

    [Fact]
    public void ByGroup_CompilesEachGroupsQuestions()
    {
        var byGroup = Record.ByGroup();

        byGroup.Select(g => g.Group.Key.Value).Should().Equal("A", "B");
        byGroup[0].Questions.Select(q => q.Question.Number).Should().Equal(2, 3);
        byGroup[1].Questions.Single().Answers.Select(a => a.Respondent.Id.Value).Should().Equal("r01", "r02", "r03", "r06", "r09", "r10");
    }

    [Fact]
    public void CountMatrix_CountsAnsweredAndUnansweredByCategory()
    {
        var matrix = Record.CountMatrix();

        Row(matrix, 2).Should().Equal((3, 0), (1, 1), (2, 1), (1, 0), (0, 1));
        Row(matrix, 3).Should().Equal((2, 1), (1, 1), (1, 2), (1, 0), (0, 1));
        Row(matrix, 5).Should().Equal((1, 2), (0, 2), (2, 1), (0, 1), (0, 1));
        matrix.Cells.Should().OnlyContain(c => c.Answered + c.Unanswered == Record.Distribution().CountOf(c.Group));
    }

    [Fact]
    public void Distribution_CountsAndPercentages()
    {
        var distribution = Record.Distribution();

        distribution.IsDeclared.Should().BeFalse();
        distribution.Total.Should().Be(10);
        distribution.Shares.Select(s => (s.Count, s.Percentage)).Should().Equal((3, 30m), (2, 20m), (3, 30m), (1, 10m), (1, 10m));
    }

    [Fact]
    public void Distribution_OnDeclaredAggregates_WorksWithoutRecords()
    {
        var declared = Wgec2013Consultation.Record().DeclaredDistribution();
        declared.CountOf(StakeholderGroup.Governments).Should().Be(29);
        declared.Total.Should().Be(69);
        Wgec2013Consultation.Record().Distribution().Total.Should().Be(0);
    }

    [Fact]
    public void Pivots_AreDeterministic()
    {
        var again = SampleConsultation.Record();
        again.ByRespondent().Should().Equal(Record.ByRespondent());
        again.ByQuestion().Should().Equal(Record.ByQuestion());
        again.ByGroup().Should().Equal(Record.ByGroup());
        again.CountMatrix().Should().Be(Record.CountMatrix());
    }

    [Fact]
    public void Compilations_RoundTripAsJson()
    {
        JsonAssert.RoundTrips(Record.ByRespondent()[2]);
        JsonAssert.RoundTrips(Record.ByQuestion()[2]);
        JsonAssert.RoundTrips(Record.ByQuestion()[2].Answers[0]);
        JsonAssert.RoundTrips(Record.ByGroup()[0]);
    }

    private static (int Answered, int Unanswered)[] Row(CountMatrix matrix, int question) =>
        matrix.Cells.Where(c => c.QuestionNumber == question).Select(c => (c.Answered, c.Unanswered)).ToArray();
}
