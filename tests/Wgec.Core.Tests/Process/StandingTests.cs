using Wgec.Core.Process;

namespace Wgec.Core.Tests.Process;

public sealed class StandingTests
{
    [Theory]
    [InlineData(Standing.Member, true)]
    [InlineData(Standing.SubgroupCoordinator, true)]
    [InlineData(Standing.Observer, false)]
    [InlineData(Standing.Chair, false)]
    [InlineData(Standing.Secretariat, false)]
    public void Decides_OnlyMembersAndCoordinators(Standing standing, bool decides)
    {
        standing.Decides().Should().Be(decides);
    }
}
