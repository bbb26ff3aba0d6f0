using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Process;

public sealed class CompositionTests
{
    private static Participant Seat(string id, StakeholderGroup group, Standing standing = Standing.Member) =>
        new(new ParticipantId(id), ParticipantKind.Person, group, standing);

    [Fact]
    public void Departures_ReportEachGroupOffPolicy()
    {
        var policy = new CompositionPolicy([new(StakeholderGroup.Governments, 2), new(StakeholderGroup.CivilSociety, 1)]);
        var composition = new Composition(policy,
        [
            Seat("g1", StakeholderGroup.Governments),
            Seat("chair", StakeholderGroup.Governments, Standing.Chair),
            Seat("obs", StakeholderGroup.Governments, Standing.Observer),
            Seat("ps1", StakeholderGroup.PrivateSector),
        ]);

        composition.FollowsPolicy.Should().BeFalse();
        composition.Departures.Should().Equal(
            new CompositionDeparture(StakeholderGroup.Governments, 2, 1),
            new CompositionDeparture(StakeholderGroup.PrivateSector, 0, 1),
            new CompositionDeparture(StakeholderGroup.CivilSociety, 1, 0));
        composition.Departures[0].Difference.Should().Be(-1);
        composition.Departures[0].ToString().Should().Be("governments: 1 seats held, the policy sets 2");
        composition.SeatHolders.Select(p => p.Id.Value).Should().Equal("g1", "ps1");
    }

    [Fact]
    public void Departures_EmptyWhenThePolicyIsFollowed()
    {
        var composition = Wgec2013Process.Build().Composition;
        composition.FollowsPolicy.Should().BeTrue();
        composition.SeatHolders.Should().HaveCount(42);
    }

    [Fact]
    public void Constructor_RepeatedId_ThrowsNamingTheRule()
    {
        var act = () => new Composition(CompositionPolicyTests.Wgec(), [Seat("a", StakeholderGroup.Governments), Seat("a", StakeholderGroup.CivilSociety)]);
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("duplicate-participant-id");
        ex.Message.Should().Contain("participant id 'a' is used twice");
        ex.Location.Should().Be("participants[1].id");
    }

    [Fact]
    public void Find_ResolvesIds()
    {
        var composition = new Composition(CompositionPolicyTests.Wgec(), [Seat("a", StakeholderGroup.Governments)]);
        composition.Find(new ParticipantId("a"))!.StakeholderGroup.Should().Be(StakeholderGroup.Governments);
        composition.Find(new ParticipantId("b")).Should().BeNull();
        composition.PlusParticipant(Seat("b", StakeholderGroup.CivilSociety)).Contains(new ParticipantId("b")).Should().BeTrue();
        composition.Contains(new ParticipantId("b")).Should().BeFalse();
    }

    [Fact]
    public void Equality_IsByContent()
    {
        var a = new Composition(CompositionPolicyTests.Wgec(), [Seat("a", StakeholderGroup.Governments)]);
        var b = new Composition(CompositionPolicyTests.Wgec(), [Seat("a", StakeholderGroup.Governments)]);
        EqualityAssert.Contract(a, b, a.PlusParticipant(Seat("b", StakeholderGroup.CivilSociety)));
        (new CompositionDeparture(StakeholderGroup.Governments, 1, 2) == new CompositionDeparture(StakeholderGroup.Governments, 1, 2)).Should().BeTrue();
        (new CompositionDeparture(StakeholderGroup.Governments, 1, 2) != new CompositionDeparture(StakeholderGroup.Governments, 1, 3)).Should().BeTrue();
    }

    [Fact]
    public void Json_RepeatedId_FailsWithPath()
    {
        var json = "{\"policy\":{\"seats\":[]},\"participants\":["
            + "{\"id\":\"a\",\"kind\":\"person\",\"stakeholderGroup\":\"governments\",\"standing\":\"member\"},"
            + "{\"id\":\"a\",\"kind\":\"person\",\"stakeholderGroup\":\"governments\",\"standing\":\"member\"}]}";
        JsonAssert.FailsToRead<Composition>(json, "$.participants[1].id", "participant id 'a' is used twice");
    }
}
