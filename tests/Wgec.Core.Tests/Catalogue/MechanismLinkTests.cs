using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class MechanismLinkTests
{
    [Fact]
    public void MechanismLink_CoverageNone_Throws()
    {
        var act = () => new MechanismLink(MappingTargetKind.Issue, 1, Coverage.None);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "coverage-none").WithParameterName("coverage");
    }
}
