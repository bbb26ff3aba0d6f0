using Wgec.Core.Meetings;
using Wgec.Core.Tests.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Meetings;

public sealed class DecisionTests
{
    private static Decision Create() => new("6", DecisionKind.Procedural, "Agreed on a 3rd meeting from 24 to 28 February 2014.", [Wgec2013Process.ChairsReport]);

    [Fact]
    public void Constructor_BlankText_Throws()
    {
        var act = () => new Decision("6", DecisionKind.Procedural, " ");
        act.Should().Throw<System.ArgumentException>().WithParameterName("text");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(Create(), Create(), new Decision("6", DecisionKind.Substantive, Create().Text, Create().Sources), new Decision("5", DecisionKind.Procedural, Create().Text, Create().Sources));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(Create()).Should().StartWith("{\"agendaItem\":\"6\",\"kind\":\"procedural\",");
    }
}
