using System.Linq;
using Wgec.Core.Meetings;
using Wgec.Core.Tests.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Meetings;

public sealed class AgendaItemTests
{
    private static AgendaItem Create() => new("2", "Responses to the questionnaire", [new AgendaItem("2.1", "Grouping A–E"), new AgendaItem("2.2", "Issue table")]);

    [Fact]
    public void SelfAndDescendants_IsDepthFirst()
    {
        new AgendaItem("1", "a", [new AgendaItem("1.1", "b", [new AgendaItem("1.1.1", "c")]), new AgendaItem("1.2", "d")])
            .SelfAndDescendants().Select(i => i.Number).Should().Equal("1", "1.1", "1.1.1", "1.2");
    }

    [Theory]
    [InlineData("")]
    [InlineData("2 a")]
    [InlineData(".1")]
    public void Constructor_MalformedNumber_ThrowsNamingTheRule(string number)
    {
        var act = () => new AgendaItem(number, "t");
        act.Should().Throw<DomainValidationException>().WithParameterName("number").Which.Rule.Should().Be("invalid-agenda-number");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(Create(), Create(), new AgendaItem("2", "Responses to the questionnaire"), new AgendaItem("3", "Responses to the questionnaire", Create().SubItems));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(Create());
        JsonAssert.FailsToRead<AgendaItem>("{\"number\":\"1\",\"title\":\"t\",\"subItems\":[{\"number\":\"x y\",\"title\":\"u\"}]}", "$.subItems[0].number", "not a valid agenda number");
    }
}
