using System;
using System.Linq;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class CatalogueIssueTests
{
    private static readonly RawItemId A = new("a");

    [Fact]
    public void Constructor_KeepsTheSpreadsheetColumns()
    {
        var issue = new CatalogueIssue(1, " Allocation of domain names ", "Critical Internet Resources", new GroupKey("B"), ["ICANN policy process"], IssueStatus.Listed, [A]);

        issue.Number.Should().Be(1);
        issue.Title.Should().Be("Allocation of domain names");
        issue.Grouping!.Value.Value.Should().Be("B");
        issue.ActivitiesAndApproaches.Should().Equal("ICANN policy process");
        issue.ToString().Should().Be("1 Allocation of domain names");
    }

    [Fact]
    public void Constructor_InvalidValues_Throw()
    {
        var zero = () => new CatalogueIssue(0, "t", "c", null, [], IssueStatus.Listed, []);
        zero.Should().Throw<ArgumentException>().WithParameterName("number");
        var blank = () => new CatalogueIssue(1, " ", "c", null, [], IssueStatus.Listed, []);
        blank.Should().Throw<ArgumentException>().WithParameterName("title");
        var defaultGroup = () => new CatalogueIssue(1, "t", "c", default(GroupKey), [], IssueStatus.Listed, []);
        defaultGroup.Should().Throw<DomainValidationException>().WithParameterName("grouping");
        var blankActivity = () => new CatalogueIssue(1, "t", "c", null, ["x", " "], IssueStatus.Listed, []);
        blankActivity.Should().Throw<DomainValidationException>().Where(e => e.Rule == "blank-activity" && e.Location == "activitiesAndApproaches[1]");
        var status = () => new CatalogueIssue(1, "t", "c", null, [], (IssueStatus)9, []);
        status.Should().Throw<ArgumentException>().WithParameterName("status");
    }

    [Fact]
    public void Constructor_RepeatedSourceItem_ThrowsNamingIt()
    {
        var act = () => CatalogueIssue.Listed(7, "t", "c", null, [A, A]);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "duplicate-source-item" && e.Location == "sourceItems[1]")
            .WithMessage("item 'a' is listed twice as a source of issue 7.*");
    }

    [Theory]
    [InlineData(IssueStatus.Listed, IssueStatus.UnderReview)]
    [InlineData(IssueStatus.Listed, IssueStatus.Withdrawn)]
    [InlineData(IssueStatus.UnderReview, IssueStatus.Mapped)]
    [InlineData(IssueStatus.UnderReview, IssueStatus.GapIdentified)]
    [InlineData(IssueStatus.Mapped, IssueStatus.GapIdentified)]
    [InlineData(IssueStatus.GapIdentified, IssueStatus.Mapped)]
    [InlineData(IssueStatus.Withdrawn, IssueStatus.Listed)]
    public void WithStatus_AllowedTransition_Moves(IssueStatus from, IssueStatus to)
    {
        var issue = new CatalogueIssue(1, "t", "c", null, [], from, []);
        issue.WithStatus(to).Status.Should().Be(to);
        IssueStatusTransitions.IsAllowed(from, to).Should().BeTrue();
    }

    [Theory]
    [InlineData(IssueStatus.Listed, IssueStatus.GapIdentified)]
    [InlineData(IssueStatus.Withdrawn, IssueStatus.Mapped)]
    [InlineData(IssueStatus.Mapped, IssueStatus.Mapped)]
    public void WithStatus_IllegalTransition_ThrowsNamingBothStates(IssueStatus from, IssueStatus to)
    {
        var issue = new CatalogueIssue(1, "t", "c", null, [], from, []);
        var act = () => issue.WithStatus(to);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "illegal-status-transition")
            .WithMessage($"an issue cannot move from {Internal.DomainWords.Of(from)} to {Internal.DomainWords.Of(to)};*");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        CatalogueIssue.Listed(1, "t", "c", null, [A]).Should().Be(CatalogueIssue.Listed(1, "t", "c", null, [new RawItemId("a")]));
        CatalogueIssue.Listed(1, "t", "c", null, [A]).Should().NotBe(CatalogueIssue.Listed(1, "t", "c", new GroupKey("A"), [A]));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(new CatalogueIssue(3, "Capacity building for IG", "Capacity building", new GroupKey("D"), ["Training"], IssueStatus.GapIdentified, [A]))
            .Should().Be("{\"number\":3,\"title\":\"Capacity building for IG\",\"category\":\"Capacity building\",\"grouping\":\"D\",\"activitiesAndApproaches\":[\"Training\"],\"status\":\"gapIdentified\",\"sourceItems\":[\"a\"]}");
    }
}
