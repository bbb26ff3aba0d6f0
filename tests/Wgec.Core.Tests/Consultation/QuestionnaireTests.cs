using System;
using System.Linq;
using CsCheck;
using Wgec.Core.Consultation;
using Wgec.Core.Tests.Serialization;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consultation;

public sealed class QuestionnaireTests
{
    private static Question Q(int n) => new(n, "q" + n, QuestionKind.Substantive);

    [Fact]
    public void Constructor_SortsQuestionsByNumber()
    {
        var questionnaire = new Questionnaire("q", "t", [Q(2), Q(1), Q(3)], true, Wgec2013Consultation.Deadlines());
        questionnaire.Questions.Select(q => q.Number).Should().Equal(1, 2, 3);
        questionnaire.Question(2).Text.Should().Be("q2");
        questionnaire.HasQuestion(3).Should().BeTrue();
        questionnaire.HasQuestion(4).Should().BeFalse();
    }

    [Fact]
    public void Constructor_Gap_ThrowsNamingTheRule()
    {
        var act = () => new Questionnaire("q", "t", [Q(1), Q(3)], true, Wgec2013Consultation.Deadlines());
        var error = act.Should().Throw<DomainValidationException>().Which;
        error.Rule.Should().Be("question-numbers-not-contiguous");
        error.Location.Should().Be("questions[1].number");
    }

    [Fact]
    public void Constructor_DuplicateNumber_ThrowsNamingTheRule()
    {
        var act = () => new Questionnaire("q", "t", [Q(1), Q(1)], true, Wgec2013Consultation.Deadlines());
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("duplicate-question-number");
    }

    [Fact]
    public void Constructor_NoQuestions_Throws()
    {
        var act = () => new Questionnaire("q", "t", [], true, Wgec2013Consultation.Deadlines());
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("no-questions");
    }

    [Fact]
    public void Constructor_InvalidId_Throws()
    {
        var act = () => new Questionnaire("not valid", "t", [Q(1)], true, Wgec2013Consultation.Deadlines());
        act.Should().Throw<DomainValidationException>().WithParameterName("id");
    }

    [Fact]
    public void Question_OutOfRange_Throws()
    {
        var questionnaire = new Questionnaire("q", "t", [Q(1)], true, Wgec2013Consultation.Deadlines());
        var act = () => questionnaire.Question(2);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(Wgec2013Consultation.Questionnaire(), Wgec2013Consultation.Questionnaire(), SampleConsultation.Questionnaire());
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(Wgec2013Consultation.Questionnaire());
        JsonAssert.RoundTrips(SampleConsultation.Questionnaire());
    }

    [Fact]
    public void Json_Gap_FailsWithPath()
    {
        JsonAssert.FailsToRead<Questionnaire>(
            "{\"id\":\"q\",\"title\":\"t\",\"isOpenToAllStakeholders\":true,\"deadlines\":{\"timeZoneId\":\"Europe/Zurich\",\"original\":{\"date\":\"2013-08-15\",\"decision\":\"o\"}},"
            + "\"questions\":[{\"number\":1,\"text\":\"a\",\"kind\":\"substantive\",\"format\":\"freeText\"},{\"number\":3,\"text\":\"b\",\"kind\":\"substantive\",\"format\":\"freeText\"}]}",
            "$.questions[1].number",
            "leaves a gap");
    }

    [Fact]
    public void Constructor_AnyOrderOfOneToN_IsAccepted_AndAnyGapIsRejected()
    {
        Gen.Int[1, 30].SelectMany(n => Gen.Shuffle(Enumerable.Range(1, n).ToArray()).Select(order => (n, order)))
            .Sample(
                x =>
                {
                    var questionnaire = new Questionnaire("q", "t", x.order.Select(Q), true, Wgec2013Consultation.Deadlines());
                    questionnaire.Questions.Select(q => q.Number).Should().Equal(Enumerable.Range(1, x.n));

                    var withGap = x.order.Select(n => n == x.n ? x.n + 1 : n);
                    var act = () => new Questionnaire("q", "t", withGap.Select(Q), true, Wgec2013Consultation.Deadlines());
                    act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("question-numbers-not-contiguous");
                },
                iter: 1000);
    }
}
