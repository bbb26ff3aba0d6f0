using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class MechanismTests
{
    private static readonly SourceReference Mandate = new("Convention on Cybercrime (Council of Europe, 2001)");

    [Fact]
    public void Mechanism_SameTargetTwice_Throws()
    {
        var link = new MechanismLink(MappingTargetKind.Issue, 1, Coverage.Partial);
        var act = () => new Mechanism("ITU", MechanismType.Organisation, Mandate, [link, new MechanismLink(MappingTargetKind.Issue, 1, Coverage.Full)]);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "duplicate-link" && e.Location == "links[1]");
    }
}
