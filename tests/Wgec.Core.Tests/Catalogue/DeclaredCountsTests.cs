using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class DeclaredCountsTests
{
    [Fact]
    public void DeclaredCounts_Negative_Throws()
    {
        var act = () => new DeclaredCounts(-483, 215, new SourceReference("s"));
        act.Should().Throw<System.ArgumentException>().WithParameterName("itemsIn");
    }
}
