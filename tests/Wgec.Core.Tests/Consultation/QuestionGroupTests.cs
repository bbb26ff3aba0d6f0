using System;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Consultation;

public sealed class QuestionGroupTests
{
    [Fact]
    public void Constructor_SortsQuestions()
    {
        var group = new QuestionGroup(new GroupKey("C"), "Role of stakeholders", [17, 5, 14, 6, 7]);
        group.QuestionNumbers.Should().Equal(5, 6, 7, 14, 17);
        group.ToString().Should().Be("C. Role of stakeholders (Q5, Q6, Q7, Q14, Q17)");
    }

    [Fact]
    public void Constructor_Empty_Throws()
    {
        var act = () => new QuestionGroup(new GroupKey("A"), "t", []);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("empty-group");
    }

    [Fact]
    public void Constructor_RepeatedQuestion_ThrowsWithLocation()
    {
        var act = () => new QuestionGroup(new GroupKey("A"), "t", [2, 3, 2]);
        var error = act.Should().Throw<DomainValidationException>().Which;
        error.Rule.Should().Be("duplicate-question");
        error.Location.Should().Be("questionNumbers[2]");
    }

    [Fact]
    public void Constructor_NonPositiveQuestion_Throws()
    {
        var act = () => new QuestionGroup(new GroupKey("A"), "t", [0]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("invalid-question-number");
    }

    [Fact]
    public void Constructor_DefaultKey_Throws()
    {
        var act = () => new QuestionGroup(default, "t", [1]);
        act.Should().Throw<DomainValidationException>().WithParameterName("key");
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(new QuestionGroup(new GroupKey("A"), "Implementation of the Tunis Agenda", [2, 3]))
            .Should().Be("{\"key\":\"A\",\"title\":\"Implementation of the Tunis Agenda\",\"questionNumbers\":[2,3]}");
        JsonAssert.RoundTrips(Wgec2013Consultation.Groups()[2]).Should().EndWith("\"source\":{\"citation\":\"" + Wgec2013Consultation.ChairsReport.Citation + "\"}}");
    }

    [Fact]
    public void Json_RepeatedQuestion_FailsWithPath()
    {
        JsonAssert.FailsToRead<QuestionGroup>("{\"key\":\"A\",\"title\":\"t\",\"questionNumbers\":[2,2]}", "$.questionNumbers[1]", "twice");
    }
}
