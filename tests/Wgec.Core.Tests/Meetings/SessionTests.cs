using NodaTime;
using Wgec.Core.Meetings;
using Wgec.Core.Tests.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Meetings;

public sealed class SessionTests
{
    private static readonly LocalDate May30 = new(2013, 5, 30);

    [Theory]
    [InlineData(PartOfDay.Morning, PartOfDay.Afternoon, false)]
    [InlineData(PartOfDay.Morning, PartOfDay.Morning, true)]
    [InlineData(PartOfDay.WholeDay, PartOfDay.Afternoon, true)]
    [InlineData(PartOfDay.Afternoon, PartOfDay.WholeDay, true)]
    public void Overlaps_OnTheSameDate_DependsOnThePart(PartOfDay a, PartOfDay b, bool overlaps)
    {
        new Session(May30, a).Overlaps(new Session(May30, b)).Should().Be(overlaps);
        new Session(May30, b).Overlaps(new Session(May30, a)).Should().Be(overlaps);
    }

    [Fact]
    public void Overlaps_OnDifferentDates_IsFalse()
    {
        new Session(May30).Overlaps(new Session(May30.PlusDays(1))).Should().BeFalse();
    }

    [Fact]
    public void EndsBefore_FollowsDateThenPart()
    {
        new Session(May30, PartOfDay.Morning).EndsBefore(new Session(May30, PartOfDay.Afternoon)).Should().BeTrue();
        new Session(May30, PartOfDay.Afternoon).EndsBefore(new Session(May30, PartOfDay.Morning)).Should().BeFalse();
        new Session(May30, PartOfDay.Afternoon).EndsBefore(new Session(May30.PlusDays(1))).Should().BeTrue();
        new Session(May30.PlusDays(1)).EndsBefore(new Session(May30, PartOfDay.Afternoon)).Should().BeFalse();
    }

    [Fact]
    public void Constructor_UndefinedPart_Throws()
    {
        var act = () => new Session(May30, (PartOfDay)9);
        act.Should().Throw<System.ArgumentException>().WithParameterName("part");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(new Session(May30, PartOfDay.Afternoon), new Session(May30, PartOfDay.Afternoon), new Session(May30), new Session(May30.PlusDays(1), PartOfDay.Afternoon));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(new Session(May30, PartOfDay.Afternoon)).Should().Be("{\"date\":\"2013-05-30\",\"part\":\"afternoon\"}");
        JsonAssert.FailsToRead<Session>("{\"date\":\"2013-05-30\",\"part\":\"evening\"}");
    }
}
