using System;
using NodaTime;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consultation;

public sealed class ResponseTests
{
    private static readonly Instant At = Instant.FromUtc(2013, 8, 1, 9, 0);

    [Fact]
    public void Constructor_SortsAnswers_AndReportsUnanswered()
    {
        var response = new Response(new RespondentId("r1"), At, "fr-CH", [Answer.FreeText(4, "d"), Answer.FreeText(2, "b")]);
        response.Answers.Should().HaveCount(2);
        response.Answers[0].QuestionNumber.Should().Be(2);
        response.Answered(2).Should().BeTrue();
        response.Answered(3).Should().BeFalse();
        response.AnswerTo(3).Should().BeNull();
        response.AnswerTo(4)!.Text.Should().Be("d");
    }

    [Fact]
    public void Constructor_NoAnswers_IsAllowed()
    {
        new Response(new RespondentId("r1"), At, "en", []).Answers.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_QuestionAnsweredTwice_ThrowsWithLocation()
    {
        var act = () => new Response(new RespondentId("r1"), At, "en", [Answer.FreeText(2, "a"), Answer.FreeText(2, "b")]);
        var error = act.Should().Throw<DomainValidationException>().Which;
        error.Rule.Should().Be("duplicate-answer");
        error.Location.Should().Be("answers[1]");
    }

    [Theory]
    [InlineData("e")]
    [InlineData("english language")]
    [InlineData("en_GB")]
    [InlineData("12")]
    public void Constructor_MalformedLanguage_Throws(string language)
    {
        var act = () => new Response(new RespondentId("r1"), At, language, []);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("invalid-language");
    }

    [Fact]
    public void Constructor_DefaultRespondent_Throws()
    {
        var act = () => new Response(default, At, "en", []);
        act.Should().Throw<DomainValidationException>().WithParameterName("respondentId");
    }

    [Fact]
    public void Answer_WithNeitherTextNorChoice_Throws()
    {
        var act = () => new Answer(2, "  ");
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("empty-answer");
    }

    [Fact]
    public void Answer_RepeatedChoice_Throws()
    {
        var act = () => Answer.Choice(3, "x", "x");
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("duplicate-choice");
    }

    [Fact]
    public void Answer_ChoiceWithComment_KeepsBoth()
    {
        var answer = new Answer(3, "because", ["x"]);
        answer.Text.Should().Be("because");
        answer.Choices.Should().Equal("x");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        var a = new Response(new RespondentId("r1"), At, "en", [Answer.FreeText(2, "b"), Answer.Choice(3, "x")]);
        var b = new Response(new RespondentId("r1"), At, "en", [Answer.Choice(3, "x"), Answer.FreeText(2, "b")]);
        EqualityAssert.Contract(a, b, new Response(new RespondentId("r1"), At + Duration.FromSeconds(1), "en", b.Answers));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        foreach (var response in SampleConsultation.Submissions())
        {
            JsonAssert.RoundTrips(response);
        }

        JsonAssert.RoundTrips(new Response(new RespondentId("r1"), At, "en", [Answer.FreeText(2, "b"), Answer.Choice(3, "x")]))
            .Should().Be("{\"respondentId\":\"r1\",\"submittedAt\":\"2013-08-01T09:00:00Z\",\"language\":\"en\",\"answers\":[{\"questionNumber\":2,\"text\":\"b\"},{\"questionNumber\":3,\"choices\":[\"x\"]}]}");
    }

    [Fact]
    public void Answer_Json_RoundTrips()
    {
        JsonAssert.RoundTrips(new Answer(3, "because", ["x", "y"])).Should().Be("{\"questionNumber\":3,\"text\":\"because\",\"choices\":[\"x\",\"y\"]}");
        JsonAssert.FailsToRead<Answer>("{\"questionNumber\":3,\"choices\":[\"x\",\"x\"]}", "$.choices[1]", "given twice");
    }

    [Fact]
    public void Json_InvalidResponse_FailsWithPaths()
    {
        JsonAssert.FailsToRead<Response>(
            "{\"respondentId\":\"r1\",\"submittedAt\":\"2013-08-01T09:00:00Z\",\"language\":\"en\",\"answers\":[{\"questionNumber\":2,\"text\":\"a\"},{\"questionNumber\":2,\"text\":\"b\"}]}",
            "$.answers[1]",
            "answered twice");
        JsonAssert.FailsToRead<Response>(
            "{\"respondentId\":\"r1\",\"submittedAt\":\"2013-08-01T09:00:00Z\",\"language\":\"en\",\"answers\":[{\"questionNumber\":2}]}",
            "$.answers[0]",
            "neither text nor a choice");
    }
}
