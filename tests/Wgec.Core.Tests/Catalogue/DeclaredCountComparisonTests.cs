using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class DeclaredCountComparisonTests
{
    [Fact]
    public void Matching_HasNoFindings()
    {
        var comparison = new DeclaredCountComparison(new DeclaredCounts(12, 5, new SourceReference("s")), 12, 5);
        comparison.ItemsMatch.Should().BeTrue();
        comparison.IssuesMatch.Should().BeTrue();
        comparison.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_NegativeCount_Throws()
    {
        var act = () => new DeclaredCountComparison(new DeclaredCounts(1, 1, new SourceReference("s")), -1, 0);
        act.Should().Throw<System.ArgumentException>().WithParameterName("recordedItems");
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(Wgec2013Catalogue.Catalogue().CompareWithDeclared()!);
        JsonAssert.RoundTrips(Wgec2013Catalogue.DeclaredCounts()).Should().StartWith("{\"itemsIn\":483,\"issuesOut\":215,");
    }
}
