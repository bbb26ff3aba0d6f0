using System;
using NodaTime;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class ContributionTests
{
    [Fact]
    public void Contribution_InvalidCategory_Throws()
    {
        var act = () => new Contribution("A", "t", (StakeholderGroup)9);
        act.Should().Throw<ArgumentException>().WithParameterName("category");
    }
}
