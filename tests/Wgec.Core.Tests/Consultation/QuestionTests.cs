using System;
using Wgec.Core.Consultation;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Consultation;

public sealed class QuestionTests
{
    [Fact]
    public void Constructor_KeepsTrimmedValues()
    {
        var question = new Question(3, "  Relevant issues ", QuestionKind.Substantive, AnswerFormat.MultipleChoice, [" x", "y "]);
        question.Text.Should().Be("Relevant issues");
        question.Options.Should().Equal("x", "y");
        question.IsTextDerived.Should().BeFalse();
        question.ToString().Should().Be("Q3: Relevant issues");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_NonPositiveNumber_Throws(int number)
    {
        var act = () => new Question(number, "t", QuestionKind.Substantive);
        act.Should().Throw<ArgumentException>().WithParameterName("number");
    }

    [Fact]
    public void Constructor_BlankText_Throws()
    {
        var act = () => new Question(1, " ", QuestionKind.Substantive);
        act.Should().Throw<ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void Constructor_OptionsOnFreeText_ThrowsNamingTheRule()
    {
        var act = () => new Question(1, "t", QuestionKind.Substantive, AnswerFormat.FreeText, ["a"]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("options-on-free-text");
    }

    [Theory]
    [InlineData(AnswerFormat.SingleChoice)]
    [InlineData(AnswerFormat.MultipleChoice)]
    public void Constructor_ChoiceWithOneOption_ThrowsNamingTheRule(AnswerFormat format)
    {
        var act = () => new Question(1, "t", QuestionKind.Substantive, format, ["a"]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("too-few-options");
    }

    [Fact]
    public void Constructor_RepeatedOption_ThrowsWithLocation()
    {
        var act = () => new Question(1, "t", QuestionKind.Substantive, AnswerFormat.SingleChoice, ["a", "b", " a"]);
        var error = act.Should().Throw<DomainValidationException>().Which;
        error.Rule.Should().Be("duplicate-option");
        error.Location.Should().Be("options[2]");
    }

    [Fact]
    public void Constructor_BlankOption_Throws()
    {
        var act = () => new Question(1, "t", QuestionKind.Substantive, AnswerFormat.SingleChoice, ["a", " "]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("blank-option");
    }

    [Fact]
    public void Constructor_UndefinedKind_Throws()
    {
        var act = () => new Question(1, "t", (QuestionKind)9);
        act.Should().Throw<ArgumentException>().WithParameterName("kind");
    }

    [Fact]
    public void WithText_MarksDerivation_AndIsPure()
    {
        var original = new Question(12, "sourced", QuestionKind.Substantive);
        var derived = original.WithText("derived from group E", isTextDerived: true);
        derived.IsTextDerived.Should().BeTrue();
        derived.Text.Should().Be("derived from group E");
        original.IsTextDerived.Should().BeFalse();
    }

    [Fact]
    public void Equality_IsByContent()
    {
        new Question(1, "t", QuestionKind.Substantive, AnswerFormat.SingleChoice, ["a", "b"])
            .Should().Be(new Question(1, "t", QuestionKind.Substantive, AnswerFormat.SingleChoice, ["a", "b"]));
        new Question(1, "t", QuestionKind.Substantive, AnswerFormat.SingleChoice, ["a", "b"])
            .Should().NotBe(new Question(1, "t", QuestionKind.Substantive, AnswerFormat.SingleChoice, ["b", "a"]));
        new Question(1, "t", QuestionKind.Substantive).Should().NotBe(new Question(1, "t", QuestionKind.Substantive, isTextDerived: true));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(new Question(2, "Purpose", QuestionKind.Substantive))
            .Should().Be("{\"number\":2,\"text\":\"Purpose\",\"kind\":\"substantive\",\"format\":\"freeText\"}");
        JsonAssert.RoundTrips(new Question(1, "Category", QuestionKind.RespondentProfile, AnswerFormat.SingleChoice, ["a", "b"], isTextDerived: true))
            .Should().Contain("\"options\":[\"a\",\"b\"],\"isTextDerived\":true");
    }

    [Fact]
    public void Json_InvalidQuestion_FailsWithPathAndRule()
    {
        JsonAssert.FailsToRead<Question>("{\"number\":1,\"text\":\"t\",\"kind\":\"substantive\",\"format\":\"singleChoice\",\"options\":[\"a\"]}", "$.options", "at least two options");
        JsonAssert.FailsToRead<Question>("{\"number\":1,\"text\":\"t\",\"kind\":\"other\",\"format\":\"freeText\"}");
        JsonAssert.FailsToRead<Question>("{\"number\":0,\"text\":\"t\",\"kind\":\"substantive\",\"format\":\"freeText\"}", "$.number");
    }
}
