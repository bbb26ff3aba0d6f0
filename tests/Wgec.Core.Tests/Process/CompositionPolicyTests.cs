using System.Collections.Generic;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Process;

public sealed class CompositionPolicyTests
{
    internal static CompositionPolicy Wgec() => new(
        [
            new(StakeholderGroup.Governments, 22),
            new(StakeholderGroup.PrivateSector, 5),
            new(StakeholderGroup.CivilSociety, 5),
            new(StakeholderGroup.TechnicalAndAcademic, 5),
            new(StakeholderGroup.IntergovernmentalAndInternational, 5),
        ],
        "22 Member States and five seats for each other group");

    [Fact]
    public void Seats_AreCountedPerGroup()
    {
        var policy = Wgec();
        policy.TotalSeats.Should().Be(42);
        policy.SeatsFor(StakeholderGroup.Governments).Should().Be(22);
        new CompositionPolicy([new(StakeholderGroup.Governments, 3)]).SeatsFor(StakeholderGroup.CivilSociety).Should().Be(0);
    }

    [Fact]
    public void Constructor_NegativeSeats_ThrowsNamingTheRule()
    {
        var act = () => new CompositionPolicy([new(StakeholderGroup.Governments, -1)]);
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("negative-seats");
        ex.Message.Should().Contain("entry 1 of seats gives governments -1 seats");
    }

    [Fact]
    public void Constructor_RepeatedGroup_ThrowsNamingTheRule()
    {
        var act = () => new CompositionPolicy([new(StakeholderGroup.Governments, 1), new(StakeholderGroup.Governments, 2)]);
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("duplicate-group");
        ex.Location.Should().Be("seats[1]");
    }

    [Fact]
    public void Equality_IgnoresInputOrder()
    {
        var reordered = new CompositionPolicy(
            [
                new(StakeholderGroup.IntergovernmentalAndInternational, 5),
                new(StakeholderGroup.TechnicalAndAcademic, 5),
                new(StakeholderGroup.CivilSociety, 5),
                new(StakeholderGroup.PrivateSector, 5),
                new(StakeholderGroup.Governments, 22),
            ],
            "22 Member States and five seats for each other group");
        EqualityAssert.Contract(Wgec(), reordered, new CompositionPolicy([new KeyValuePair<StakeholderGroup, int>(StakeholderGroup.Governments, 22)]));
    }

    [Fact]
    public void Json_RoundTripsInEnumOrder()
    {
        JsonAssert.RoundTrips(Wgec()).Should().StartWith("{\"seats\":[{\"group\":\"governments\",\"seats\":22},");
    }

    [Fact]
    public void Json_RepeatedGroup_FailsWithPath()
    {
        JsonAssert.FailsToRead<CompositionPolicy>(
            "{\"seats\":[{\"group\":\"governments\",\"seats\":1},{\"group\":\"governments\",\"seats\":2}]}", "$.seats[1]", "repeats the stakeholder group");
    }
}
