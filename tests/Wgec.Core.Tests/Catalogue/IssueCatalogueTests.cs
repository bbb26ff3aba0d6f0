using System;
using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;
using static Wgec.Core.Tests.Catalogue.WorkedExample;

namespace Wgec.Core.Tests.Catalogue;

public sealed class IssueCatalogueTests
{
    private static CatalogueIssue Row(int number, string category = "Cybercrime", GroupKey? grouping = null) =>
        new(number, $"Issue {number}", category, grouping, [], IssueStatus.Listed, []);

    [Fact]
    public void FromConsolidation_TakesTheIssuesInNumberOrder()
    {
        ExampleCatalogue.Issues.Select(i => i.Number).Should().Equal(1, 2, 3, 4, 5);
        ExampleCatalogue.Issue(3).Title.Should().Be("Capacity building for IG");
        ExampleCatalogue.CompareWithDeclared()!.Findings.Should().BeEmpty();
    }

    [Fact]
    public void FromConsolidation_UnaccountedItem_ThrowsNamingTheItem()
    {
        var act = () => IssueCatalogue.FromConsolidation(Taxonomy, ExampleConsolidation.Undo());

        act.Should().Throw<DomainValidationException>()
            .Where(e => e.Rule == "item-unaccounted" && e.Location == "consolidation.rawItems[11]" && e.ParamName == "consolidation")
            .WithMessage("raw item 'i12' is not accounted for*");
    }

    [Fact]
    public void Constructor_DeclaredGroupings_IssueInAnotherGrouping_Throws()
    {
        var act = () => new IssueCatalogue(Taxonomy, [Row(1, grouping: B), Row(2, grouping: new GroupKey("F"))], groupings: [B, D]);

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "unknown-grouping" && e.Location == "issues[1].grouping")
            .WithMessage("issue 2 is in grouping 'F', which is not one of the catalogue's groupings (B, D).*");
    }

    [Fact]
    public void Constructor_DeclaredGroupings_RepeatedOrDefault_Throw()
    {
        var twice = () => new IssueCatalogue(Taxonomy, [Row(1)], groupings: [B, D, B]);
        var blank = () => new IssueCatalogue(Taxonomy, [Row(1)], groupings: [B, default]);

        twice.Should().Throw<DomainValidationException>().Where(e => e.Rule == "duplicate-grouping" && e.Location == "groupings[2]").WithMessage("grouping 'B' is declared twice.*");
        blank.Should().Throw<DomainValidationException>().Where(e => e.Rule == "required" && e.Location == "groupings[1]").WithMessage("grouping 2 is the default key*");
    }

    [Fact]
    public void Constructor_DeclaredGroupings_AreKeptThroughEveryCopy()
    {
        var catalogue = IssueCatalogue.FromConsolidation(Taxonomy, ExampleConsolidation, groupings: [B, D]);

        catalogue.Groupings.Should().Equal(B, D);
        catalogue.WithIssueStatus(1, IssueStatus.UnderReview).Groupings.Should().Equal(B, D);
        catalogue.WithIssue(catalogue.Issue(2).WithActivitiesAndApproaches(["Training"])).Groupings.Should().Equal(B, D);
        catalogue.Should().NotBe(IssueCatalogue.FromConsolidation(Taxonomy, ExampleConsolidation), "the groupings are part of the content");
        new IssueCatalogue(Taxonomy, [Row(1, grouping: new GroupKey("F"))]).Groupings.Should().BeEmpty("without declared groupings any grouping is accepted");
    }

    [Fact]
    public void Constructor_UnknownCategory_Throws()
    {
        var act = () => new IssueCatalogue(Taxonomy, [Row(1, "Spam")]);

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "unknown-category" && e.Location == "issues[0].category")
            .WithMessage("issue 1 has category 'Spam', which is not in the taxonomy 'Worked example categories'.*");
    }

    [Fact]
    public void Constructor_NumbersOutOfOrder_Throws()
    {
        var act = () => new IssueCatalogue(Taxonomy, [Row(2), Row(2)]);

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "issue-numbers-order" && e.Location == "issues[1].number");
    }

    [Fact]
    public void Constructor_NumberBeyondDeclared_Throws()
    {
        var act = () => new IssueCatalogue(Taxonomy, [Row(1), Row(216)], null, new DeclaredCounts(483, 215, new SourceReference("s")));

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "issue-number-out-of-range")
            .WithMessage("issue number 216 exceeds the 215 issues declared.*");
    }

    [Fact]
    public void Constructor_SourceItemsWithoutConsolidation_Throws()
    {
        var issue = CatalogueIssue.Listed(1, "t", "Cybercrime", null, [Id(1)]);

        var act = () => new IssueCatalogue(Taxonomy, [issue]);

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "source-items-without-consolidation");
    }

    [Fact]
    public void Constructor_IssuesDisagreeWithConsolidation_Throws()
    {
        var issues = ExampleConsolidation.Issues.SetItem(0, CatalogueIssue.Listed(1, "Domain names", "Critical Internet Resources", B, [Id(1)]));

        var act = () => new IssueCatalogue(Taxonomy, issues, ExampleConsolidation);

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "issue-mismatch" && e.Location == "issues[0].sourceItems");
    }

    [Fact]
    public void Constructor_ConsolidatedNumbersNotContiguous_Throws()
    {
        var consolidation = Consolidation.Start(ExampleItems.Take(1))
            .Plus(ConsolidationOperation.Keep(Id(1), 2, "t", "Cybercrime", null));

        var act = () => IssueCatalogue.FromConsolidation(Taxonomy, consolidation);

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "issue-numbers-not-contiguous");
    }

    [Fact]
    public void Queries_ByCategoryGroupingAndStatus_AreInNumberOrder()
    {
        var catalogue = ExampleCatalogue.WithIssueStatus(2, IssueStatus.UnderReview).WithIssueStatus(5, IssueStatus.UnderReview);

        catalogue.ByCategory("Critical Internet Resources").Select(i => i.Number).Should().Equal(1);
        catalogue.ByGrouping(B).Select(i => i.Number).Should().Equal(1, 2, 4);
        catalogue.ByGrouping(D).Select(i => i.Number).Should().Equal(3, 5);
        catalogue.ByStatus(IssueStatus.UnderReview).Select(i => i.Number).Should().Equal(2, 5);
        catalogue.ByStatus(IssueStatus.Listed).Select(i => i.Number).Should().Equal(1, 3, 4);
    }

    [Fact]
    public void CountsPerCategory_FollowsTheTaxonomyOrderIncludingZeros()
    {
        var catalogue = new IssueCatalogue(
            new CategoryTaxonomy("t", ["Security", "Legal", "Economic"]),
            [Row(1, "Economic"), Row(2, "Security"), Row(3, "Economic")]);

        catalogue.CountsPerCategory().Should().Equal(
            new KeyValuePair<string, int>("Security", 1),
            new KeyValuePair<string, int>("Legal", 0),
            new KeyValuePair<string, int>("Economic", 2));
    }

    [Fact]
    public void WithIssueStatus_IllegalTransition_ThrowsNamingBothStates()
    {
        var act = () => ExampleCatalogue.WithIssueStatus(1, IssueStatus.Mapped);

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "illegal-status-transition")
            .WithMessage("an issue cannot move from listed to mapped; from listed it may move to: under review, withdrawn.*");
    }

    [Fact]
    public void WithIssueStatus_KeepsTraceability()
    {
        var catalogue = ExampleCatalogue.WithIssueStatus(1, IssueStatus.UnderReview).WithIssueStatus(1, IssueStatus.GapIdentified);

        catalogue.Trace(1).Issue.Status.Should().Be(IssueStatus.GapIdentified);
        catalogue.Trace(1).Respondents.Should().HaveCount(3);
        catalogue.IssuesFrom(Id(1)).Single().Status.Should().Be(IssueStatus.GapIdentified);
    }

    [Fact]
    public void WithIssue_EditsActivitiesAndApproaches()
    {
        var edited = ExampleCatalogue.WithIssue(ExampleCatalogue.Issue(2).WithActivitiesAndApproaches(["Council of Europe convention", "Capacity building"]));

        edited.Issue(2).ActivitiesAndApproaches.Should().Equal("Council of Europe convention", "Capacity building");
        edited.Should().NotBe(ExampleCatalogue);
    }

    [Fact]
    public void Trace_WithoutConsolidation_Throws()
    {
        var act = () => Wgec2013Catalogue.Catalogue().Trace(1);
        act.Should().Throw<InvalidOperationException>().WithMessage("*no consolidation records*");
    }

    [Fact]
    public void Issue_Unknown_Throws()
    {
        var act = () => ExampleCatalogue.Issue(6);
        act.Should().Throw<KeyNotFoundException>().WithMessage("*no issue 6*");
    }

    [Fact]
    public void CompareWithDeclared_MoreRecordsThanDeclared_IsAContradiction()
    {
        var catalogue = IssueCatalogue.FromConsolidation(Taxonomy, ExampleConsolidation, new DeclaredCounts(10, 5, new SourceReference("s")));

        var comparison = catalogue.CompareWithDeclared()!;

        comparison.IsContradicted.Should().BeTrue();
        comparison.ItemsMatch.Should().BeFalse();
        comparison.IssuesMatch.Should().BeTrue();
        comparison.Findings.Should().Equal("10 raw items declared, but 12 recorded: the records contradict the declared count.");
    }

    [Fact]
    public void CompareWithDeclared_NoDeclaredCounts_IsNull()
    {
        IssueCatalogue.FromConsolidation(Taxonomy, ExampleConsolidation).CompareWithDeclared().Should().BeNull();
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(ExampleCatalogue.WithIssueStatus(3, IssueStatus.UnderReview));
    }

    [Fact]
    public void Json_UnknownCategory_FailsWithPath()
    {
        const string json = """
            {"taxonomy":{"name":"t","categories":["A"]},
             "issues":[{"number":1,"title":"T","category":"B","activitiesAndApproaches":[],"status":"listed","sourceItems":[]}]}
            """;
        JsonAssert.FailsToRead<IssueCatalogue>(json, "$.issues[0].category", "not in the taxonomy");
    }

    [Fact]
    public void Json_UnknownStatus_IsRejected()
    {
        const string json = """
            {"taxonomy":{"name":"t","categories":["A"]},
             "issues":[{"number":1,"title":"T","category":"A","activitiesAndApproaches":[],"status":"done","sourceItems":[]}]}
            """;
        JsonAssert.FailsToRead<IssueCatalogue>(json);
    }

    [Fact]
    public void Json_ConsolidationWithUnaccountedItem_CannotBypassTheInvariant()
    {
        const string json = """
            {"taxonomy":{"name":"t","categories":["A"]},
             "issues":[{"number":1,"title":"T","category":"A","activitiesAndApproaches":[],"status":"listed","sourceItems":["a"]}],
             "consolidation":{
               "rawItems":[{"id":"a","text":"t","provenance":{"respondent":"R1","question":4,"category":"governments"}},
                           {"id":"b","text":"u","provenance":{"respondent":"R2","question":4,"category":"civilSociety"}}],
               "operations":[{"kind":"keep","items":["a"],"issues":[{"number":1,"title":"T","category":"A","activitiesAndApproaches":[],"status":"listed","sourceItems":["a"]}]}]}}
            """;
        var error = JsonAssert.FailsToRead<IssueCatalogue>(json, "$.consolidation.rawItems[1]", "raw item 'b' is not accounted for");
        error.Should().BeOfType<Wgec.Core.Serialization.WgecFormatException>()
            .Which.Errors.Select(e => e.Rule).Should().Equal("item-unaccounted");
    }
}
