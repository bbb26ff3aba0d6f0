using System.Linq;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;
using static Wgec.Core.Tests.Catalogue.WorkedExample;

namespace Wgec.Core.Tests.Catalogue;

public sealed class GapTests
{
    [Fact]
    public void Gap_FullCoverage_IsNotAGap()
    {
        var act = () => new Gap(1, MappingTargetKind.Issue, 1, "t", Coverage.Full, [], 0, []);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "not-a-gap");
    }


    [Fact]
    public void Gap_MoreCategoriesThanRespondents_Throws()
    {
        var act = () => new Gap(1, MappingTargetKind.Issue, 1, "t", Coverage.None, [], 1, [StakeholderGroup.Governments, StakeholderGroup.CivilSociety]);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "categories-exceed-respondents");
    }


    [Fact]
    public void Gap_UncoveredWithMechanisms_Throws()
    {
        var act = () => new Gap(1, MappingTargetKind.Issue, 1, "t", Coverage.None, ["IGF"], 0, []);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "uncovered-with-mechanisms");
    }
}
