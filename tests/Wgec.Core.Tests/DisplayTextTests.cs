using Wgec.Core.Consensus;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Tests;

public sealed class DisplayTextTests
{
    [Fact]
    public void Of_GivesEnumValuesInTheWordsTheLibraryWrites()
    {
        DisplayText.Of(OutcomeKind.ToBeRevisited).Should().Be("to be revisited");
        DisplayText.Of(StakeholderGroup.PrivateSector).Should().Be("private sector");
        DisplayText.Of(Standing.SubgroupCoordinator).Should().Be("subgroup coordinator");
        DisplayText.Of(RecommendationState.UnderDiscussion).Should().Be("under discussion");
    }

    [Fact]
    public void Of_AValueWithoutAName_IsItsNumber() =>
        DisplayText.Of((OutcomeKind)42).Should().Be("42");
}
