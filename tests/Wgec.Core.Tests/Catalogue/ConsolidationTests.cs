using System;
using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;
using static Wgec.Core.Tests.Catalogue.WorkedExample;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Catalogue;

public sealed class ConsolidationTests
{
    [Fact]
    public void WorkedExample_TwelveItemsBecomeFiveIssues_ReportCountsByOperationAndReason()
    {
        var report = ExampleConsolidation.Report();

        report.ItemsIn.Should().Be(12);
        report.IssuesOut.Should().Be(5);
        report.ItemsAccountedFor.Should().Be(12);
        report.ItemsUnaccounted.Should().Be(0);
        report.OperationsByKind.Should().Equal(new Dictionary<ConsolidationOperationKind, int>
        {
            [ConsolidationOperationKind.Merge] = 2, [ConsolidationOperationKind.Split] = 1,
            [ConsolidationOperationKind.Keep] = 1, [ConsolidationOperationKind.Discard] = 3,
        });
        report.ItemsByKind.Values.Should().Equal(6, 1, 1, 4);
        report.IssuesByKind.Values.Should().Equal(2, 2, 1, 0);
        report.DiscardedByReason.Values.Should().Equal(2, 1, 1);
        report.ToString().Should().Be("12 items → 5 issues; merge 6 → 2, split 1 → 2, keep 1 → 1, discard 4 (Duplicate 2, OutOfScope 1, NotAPublicPolicyIssue 1); 0 unaccounted");
        ExampleConsolidation.IsComplete.Should().BeTrue();
        ExampleConsolidation.Issues.Select(i => i.Number).Should().Equal(1, 2, 3, 4, 5);
    }

    [Fact]
    public void WorkedExample_TracesIssueToItemsRespondentsAndCategories()
    {
        var trace = ExampleConsolidation.Trace(1);

        trace.Issue.Title.Should().Be("Allocation of domain names");
        trace.Items.Select(i => i.Id).Should().Equal(Id(1), Id(2), Id(3));
        trace.Respondents.Select(r => r.Value).Should().Equal("R1", "R2", "R3");
        trace.Categories.Should().Equal(StakeholderGroup.Governments, StakeholderGroup.PrivateSector, StakeholderGroup.CivilSociety);
        trace.Questions.Should().Equal(4, 8);

        var privacy = ExampleCatalogue.Trace(4);
        privacy.Respondents.Select(r => r.Value).Should().Equal("R1", "R2", "R5");
        privacy.Categories.Should().HaveCount(3);
    }

    [Fact]
    public void WorkedExample_TracesItemToIssues()
    {
        ExampleConsolidation.IssuesFrom(Id(4)).Select(i => i.Number).Should().Equal(2, 3);
        ExampleConsolidation.IssuesFrom(Id(2)).Select(i => i.Number).Should().Equal(1);
        ExampleConsolidation.IssuesFrom(Id(9)).Should().BeEmpty();
        ExampleConsolidation.OperationFor(Id(9))!.Reason.Should().Be(DiscardReason.Duplicate);
        ExampleCatalogue.IssuesFrom(Id(8)).Should().ContainSingle().Which.Title.Should().Be("Multilingualism");

        // Both directions agree: every (item, issue) pair seen from one side is seen from the other.
        var forward = ExampleConsolidation.Issues.SelectMany(i => ExampleConsolidation.Trace(i.Number).Items.Select(item => (item.Id, i.Number)));
        var backward = ExampleConsolidation.RawItems.SelectMany(item => ExampleConsolidation.IssuesFrom(item.Id).Select(i => (item.Id, i.Number)));
        forward.OrderBy(p => p.Id).ThenBy(p => p.Number).Should().Equal(backward.OrderBy(p => p.Id).ThenBy(p => p.Number));
    }

    [Fact]
    public void WorkedExample_EveryItemAccountedForExactlyOnce()
    {
        foreach (var item in ExampleItems)
        {
            ExampleConsolidation.OperationFor(item.Id).Should().NotBeNull();
            ExampleConsolidation.Operations.Count(o => o.Items.Contains(item.Id)).Should().Be(1);
        }
    }

    [Fact]
    public void Constructor_ItemDiscardedAndKept_ThrowsNamingTheItem()
    {
        var act = () => ExampleConsolidation.Plus(ConsolidationOperation.Keep(Id(11), 6, "Spectrum", "Sociocultural", null));

        act.Should().Throw<DomainValidationException>()
            .Where(e => e.Rule == "item-accounted-twice" && e.Location == "operations[7].items[0]")
            .WithMessage("item 'i11' is accounted for twice: discarded by operation 6 and kept by operation 8*");
    }

    [Fact]
    public void Constructor_UnknownItem_ThrowsNamingTheItem()
    {
        var act = () => Consolidation.Start(ExampleItems).Plus(ConsolidationOperation.Discard([new RawItemId("i99")], DiscardReason.OutOfScope));

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "unknown-item")
            .WithMessage("*'i99'*not a raw item*");
    }

    [Fact]
    public void Constructor_DuplicateOfAnUnknownItem_ThrowsNamingTheOperationAndTheItems()
    {
        var operations = ExampleOperations.SetItem(4, ConsolidationOperation.DiscardDuplicates([Id(9), Id(10)], new RawItemId("i99")));
        var act = () => new Consolidation(ExampleItems, operations);

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "unknown-item" && e.Location == "operations[4].duplicateOf")
            .WithMessage("operation 5 discards [i09, i10] as duplicates of item 'i99', which is not a raw item of this consolidation.*");
    }

    [Fact]
    public void Constructor_DuplicateOfAKnownItem_IsKept()
    {
        var operations = ExampleOperations.SetItem(4, ConsolidationOperation.DiscardDuplicates([Id(9), Id(10)], Id(1)));
        new Consolidation(ExampleItems, operations).OperationFor(Id(10))!.DuplicateOf.Should().Be(Id(1));
    }

    [Fact]
    public void Json_DuplicateOf_RoundTripsAndIsChecked()
    {
        var consolidation = new Consolidation(ExampleItems, ExampleOperations.SetItem(4, ConsolidationOperation.DiscardDuplicates([Id(9), Id(10)], Id(1))));
        JsonAssert.RoundTrips(consolidation).Should().Contain("\"reason\":\"duplicate\",\"duplicateOf\":\"i01\"");

        const string json = """
            {"rawItems":[{"id":"a","text":"t","provenance":{"respondent":"R1","question":4,"category":"governments"}}],
             "operations":[{"kind":"discard","items":["a"],"issues":[],"reason":"duplicate","duplicateOf":"b"}]}
            """;
        JsonAssert.FailsToRead<Consolidation>(json, "$.operations[0].duplicateOf", "operation 1 discards [a] as duplicates of item 'b'");
    }

    [Fact]
    public void Constructor_DuplicateRawItem_Throws()
    {
        var act = () => Consolidation.Start([ExampleItems[0], ExampleItems[1], ExampleItems[0]]);

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "duplicate-item" && e.Location == "rawItems[2].id")
            .WithMessage("*'i01'*");
    }

    [Fact]
    public void Constructor_DuplicateIssueNumber_Throws()
    {
        var act = () => Consolidation.Start(ExampleItems)
            .Plus(ConsolidationOperation.Keep(Id(1), 1, "a", "Cybercrime", null))
            .Plus(ConsolidationOperation.Keep(Id(2), 1, "b", "Cybercrime", null));

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "duplicate-issue-number")
            .WithMessage("issue number 1 is created by operation 1 and again by operation 2.*");
    }

    [Fact]
    public void EnsureComplete_UnaccountedItem_ThrowsNamingTheItem()
    {
        var partial = ExampleConsolidation.Undo();

        partial.IsComplete.Should().BeFalse();
        partial.UnaccountedItems.Should().Equal(Id(12));
        var act = partial.EnsureComplete;
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "item-unaccounted" && e.Location == "rawItems[11]")
            .WithMessage("raw item 'i12' is not accounted for by any operation; merge, split, keep or discard it.*");
    }

    [Fact]
    public void EnsureComplete_ManyUnaccounted_CountsTheOthers()
    {
        var act = Consolidation.Start(ExampleItems).EnsureComplete;

        act.Should().Throw<DomainValidationException>().WithMessage("raw item 'i01' is not accounted for by any operation (nor are 11 other item(s): i02,*, …)*");
    }

    [Fact]
    public void Undo_RestoresTheStateBeforeTheLastOperation()
    {
        var before = ExampleConsolidation.Undo();
        before.Plus(ExampleOperations[^1]).Should().Be(ExampleConsolidation);
        before.Operations.Should().HaveCount(ExampleOperations.Length - 1);
        before.Report().ItemsUnaccounted.Should().Be(1);
    }

    [Fact]
    public void Undo_EmptyLog_Throws()
    {
        var act = Consolidation.Start(ExampleItems).Undo;
        act.Should().Throw<InvalidOperationException>().WithMessage("*no operation to undo*");
    }

    [Fact]
    public void Item_Unknown_Throws()
    {
        var act = () => ExampleConsolidation.Item(new RawItemId("nope"));
        act.Should().Throw<KeyNotFoundException>().WithMessage("*'nope'*");
    }

    [Fact]
    public void Equality_IsByContent()
    {
        EqualityAssert.Contract(ExampleConsolidation, new Consolidation(ExampleItems.ToList(), ExampleOperations.ToList()), ExampleConsolidation.Undo());
    }

    [Fact]
    public void Json_RoundTrips()
    {
        var json = JsonAssert.RoundTrips(ExampleConsolidation);
        json.Should().StartWith("{\"rawItems\":[{\"id\":\"i01\",\"text\":\"Fair allocation of domain names\",\"provenance\":{\"respondent\":\"R1\",\"question\":4,\"category\":\"governments\",\"excerptLocation\":\"p. 1\"}}");
    }

    [Fact]
    public void Json_ItemAccountedTwice_FailsWithPathAndItem()
    {
        const string json = """
            {"rawItems":[{"id":"a","text":"t","provenance":{"respondent":"R1","question":4,"category":"governments"}}],
             "operations":[{"kind":"keep","items":["a"],"issues":[{"number":1,"title":"T","category":"C","status":"listed","activitiesAndApproaches":[],"sourceItems":["a"]}]},
                           {"kind":"discard","items":["a"],"issues":[],"reason":"duplicate"}]}
            """;
        JsonAssert.FailsToRead<Consolidation>(json, "$.operations[1].items[0]", "item 'a' is accounted for twice");
    }
}
