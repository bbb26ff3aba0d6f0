using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Validation, equality and text form of one participant as the consensus rules see them.</summary>
public sealed class RosterEntryContractTests
{
    private static readonly ParticipantId G1 = new("g1");

    [Fact]
    public void Constructor_DefaultParticipant_IsRejectedNamingParticipant()
    {
        var act = () => new RosterEntry(default, StakeholderGroup.Governments, Standing.Member);
        act.Should().Throw<DomainValidationException>().WithMessage("a roster entry needs a participant id.*")
            .WithParameterName("participant").Which.Rule.Should().Be("required");
    }

    [Theory]
    [InlineData("g2", StakeholderGroup.Governments, Standing.Member)]
    [InlineData("g1", StakeholderGroup.CivilSociety, Standing.Member)]
    [InlineData("g1", StakeholderGroup.Governments, Standing.Observer)]
    public void Equals_DifferingInExactlyOneMember_IsFalse(string participant, StakeholderGroup group, Standing standing)
    {
        var entry = new RosterEntry(G1, StakeholderGroup.Governments, Standing.Member);
        var other = new RosterEntry(new ParticipantId(participant), group, standing);
        EqualityAssert.Contract(entry, new RosterEntry(G1, StakeholderGroup.Governments, Standing.Member), other);
    }

    [Fact]
    public void Equals_SameContent_IsTrueWithEqualHashCodes()
    {
        var left = new RosterEntry(G1, StakeholderGroup.Governments, Standing.Member);
        var right = new RosterEntry(new ParticipantId("g1"), StakeholderGroup.Governments, Standing.Member);
        EqualityAssert.Contract(left, right);
    }

    [Theory]
    [InlineData(StakeholderGroup.Governments, Standing.Member, "g1 (governments, member)")]
    [InlineData(StakeholderGroup.TechnicalAndAcademic, Standing.SubgroupCoordinator, "g1 (technical and academic community, subgroup coordinator)")]
    public void ToString_ShowsParticipantGroupAndStanding(StakeholderGroup group, Standing standing, string expected) =>
        new RosterEntry(G1, group, standing).ToString().Should().Be(expected);
}
