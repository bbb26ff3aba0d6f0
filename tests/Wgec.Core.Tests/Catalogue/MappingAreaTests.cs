using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class MappingAreaTests
{
    [Fact]
    public void MappingArea_RepeatedIssue_Throws()
    {
        var act = () => new MappingArea(1, "Security", [2, 2]);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "invalid-issue-number" && e.Location == "issueNumbers[1]");
    }
}
