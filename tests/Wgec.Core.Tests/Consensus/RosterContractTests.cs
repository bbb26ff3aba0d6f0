using System.ComponentModel;
using Wgec.Core.Consensus;
using Wgec.Core.Process;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Validation and equality of the roster the consensus rules evaluate against.</summary>
public sealed class RosterContractTests
{
    [Fact]
    public void Constructor_UndefinedDeclaredGroup_IsRejectedNamingDeclaredGroups()
    {
        var act = () => new Roster([StakeholderGroup.Governments, (StakeholderGroup)99], []);
        act.Should().Throw<InvalidEnumArgumentException>().WithParameterName("declaredGroups");
    }

    [Fact]
    public void Equals_Null_IsFalse()
    {
        EqualityAssert.Contract(ConsensusFixtures.Roster, new Roster(ConsensusFixtures.Roster.DeclaredGroups, ConsensusFixtures.Roster.Entries));
    }

    [Fact]
    public void Equals_DifferentDeclaredGroupsSameEntries_IsFalse() =>
        new Roster([StakeholderGroup.Governments], []).Equals(new Roster([StakeholderGroup.Governments, StakeholderGroup.CivilSociety], [])).Should().BeFalse();
}
