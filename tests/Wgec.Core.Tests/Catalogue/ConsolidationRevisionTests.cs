using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Catalogue;
using static Wgec.Core.Tests.Catalogue.WorkedExample;

namespace Wgec.Core.Tests.Catalogue;

/// <summary>
/// Revising any operation of the worked example's log (1 merge i01–i03 → 1; 2 split i04 → 2, 3; 3 merge i05–i07 → 4;
/// 4 keep i08 → 5; 5–7 discards of i09–i12). The reference dataset holds no consolidation log (only counts), so the
/// worked example is the log revised here.
/// </summary>
public sealed class ConsolidationRevisionTests
{
    private static void ShouldFault(System.Action act, string rule, string message)
    {
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be(rule);
        ex.Message.Should().StartWith(message);
    }

    [Fact]
    public void WithOperationReplaced_FirstOperation_KeepsTheNumbers_AndListsTheItemsLeftOver()
    {
        var revision = ExampleConsolidation.WithOperationReplaced(1, ConsolidationOperation.Keep(Id(1), 99, "Fair allocation of domain names", "Critical Internet Resources", B));

        revision.OperationNumber.Should().Be(1);
        revision.LeftUnaccounted.Should().Equal(Id(2), Id(3));
        revision.IsComplete.Should().BeFalse();
        revision.Renumbered.Should().BeEmpty("one issue replaced by one moves nothing");
        revision.Consolidation.Issues.Select(i => i.Number).Should().Equal(1, 2, 3, 4, 5);
        revision.Consolidation.Issues[0].SourceItems.Should().Equal(Id(1));
        revision.Consolidation.Operations.Skip(1).Should().Equal(ExampleOperations.Skip(1));
        revision.ToString().Should().Be("operation 1 revised; 0 issue(s) renumbered; left unaccounted: i02, i03");
    }

    [Fact]
    public void WithOperationReplaced_FirstOperationByASplit_RenumbersEveryLaterIssue()
    {
        var split = ConsolidationOperation.Split(Id(1), [
            CatalogueIssue.Listed(40, "Allocation of domain names", "Critical Internet Resources", B, [Id(1)]),
            CatalogueIssue.Listed(41, "Fairness in allocation", "Critical Internet Resources", B, [Id(1)]),
        ]);

        var revision = ExampleConsolidation.WithOperationReplaced(1, split);

        revision.Renumbered.Should().Equal(new Dictionary<int, int> { [2] = 3, [3] = 4, [4] = 5, [5] = 6 });
        revision.Consolidation.Issues.Select(i => i.Number).Should().Equal(1, 2, 3, 4, 5, 6);
        revision.Consolidation.Trace(3).Issue.Title.Should().Be("Combating cybercrime");
        revision.Consolidation.IssuesFrom(Id(8)).Single().Number.Should().Be(6);
        revision.LeftUnaccounted.Should().Equal(Id(2), Id(3));
    }

    [Fact]
    public void WithoutOperation_IssuesNumberedOutOfLogOrder_MovesEveryIssueAboveTheRemovedOnes()
    {
        // Operation 1 creates issue 3, operation 2 issue 1 and operation 3 issue 2: removing operation 2 moves both others down.
        var log = new Consolidation(ExampleItems.Take(3), [
            ConsolidationOperation.Keep(Id(1), 3, "Allocation of domain names", "Critical Internet Resources", B),
            ConsolidationOperation.Keep(Id(2), 1, "Cybercrime", "Security", B),
            ConsolidationOperation.Keep(Id(3), 2, "Spam", "Security", B),
        ]);

        var revision = log.WithoutOperation(2);

        revision.Renumbered.Should().Equal(new Dictionary<int, int> { [2] = 1, [3] = 2 });
        revision.Consolidation.Operations.Select(o => o.Issues.Single().Number).Should().Equal(2, 1);
        revision.LeftUnaccounted.Should().Equal(Id(2));
    }

    [Fact]
    public void WithoutOperation_First_MovesLaterIssuesDown_AndLeavesItsItemsUnaccounted()
    {
        var revision = ExampleConsolidation.WithoutOperation(1);

        revision.Consolidation.Operations.Should().HaveCount(6);
        revision.Consolidation.Operations.Skip(3).Should().Equal(ExampleOperations.Skip(4), "the discards create no issue, so they are unchanged");
        revision.Renumbered.Should().Equal(new Dictionary<int, int> { [2] = 1, [3] = 2, [4] = 3, [5] = 4 });
        revision.Consolidation.Issues.Select(i => (i.Number, i.Title)).Should().Equal(
            (1, "Combating cybercrime"), (2, "Capacity building for IG"), (3, "Privacy and data protection"), (4, "Multilingualism"));
        revision.LeftUnaccounted.Should().Equal(Id(1), Id(2), Id(3));
    }

    [Fact]
    public void WithoutOperation_ThenAccountingForTheItemsAgain_GivesACompleteCatalogue()
    {
        var revised = ExampleConsolidation.WithoutOperation(1).Consolidation
            .Plus(ConsolidationOperation.Merge([Id(1), Id(2), Id(3)], 5, "Allocation of domain names", "Critical Internet Resources", B));

        var catalogue = IssueCatalogue.FromConsolidation(Taxonomy, revised);
        catalogue.Issues.Select(i => i.Number).Should().Equal(1, 2, 3, 4, 5);
        catalogue.IssuesFrom(Id(2)).Single().Title.Should().Be("Allocation of domain names");
    }

    [Fact]
    public void WithoutOperation_ADiscard_RenumbersNothing()
    {
        var revision = ExampleConsolidation.WithoutOperation(5);

        revision.Renumbered.Should().BeEmpty();
        revision.Consolidation.Issues.Should().Equal(ExampleConsolidation.Issues);
        revision.LeftUnaccounted.Should().Equal(Id(9), Id(10));
    }

    [Fact]
    public void WithOperationReplaced_BySameOperation_ChangesNothing()
    {
        var revision = ExampleConsolidation.WithOperationReplaced(3, ExampleOperations[2]);

        revision.Consolidation.Should().Be(ExampleConsolidation);
        revision.LeftUnaccounted.Should().BeEmpty();
        revision.Renumbered.Should().BeEmpty();
        revision.Should().Be(ExampleConsolidation.WithOperationReplaced(3, ExampleOperations[2]));
        revision.Should().NotBe(ExampleConsolidation.WithoutOperation(3));
    }

    [Fact]
    public void WithOperationReplaced_TakingALaterOperationsItem_SaysThatOperationNoLongerApplies()
    {
        ShouldFault(
            () => ExampleConsolidation.WithOperationReplaced(1, ConsolidationOperation.Merge([Id(1), Id(4)], 1, "Domains and crime", "Cybercrime", B)),
            "operation-no-longer-applies",
            "operation 2 (split of i04) no longer applies once operation 1 is replaced: item 'i04' is accounted for by operation 1 as revised.");
    }

    [Fact]
    public void WithOperationReplaced_TakingAnEarlierOperationsItem_Throws()
    {
        ShouldFault(
            () => ExampleConsolidation.WithOperationReplaced(3, ConsolidationOperation.Keep(Id(1), 4, "Domains", "Critical Internet Resources", B)),
            "item-accounted-twice",
            "the operation that replaces operation 3 accounts for item 'i01', which operation 1 already accounts for.");
    }

    [Fact]
    public void WithOperationReplaced_UnknownItem_Throws()
    {
        ShouldFault(
            () => ExampleConsolidation.WithOperationReplaced(5, ConsolidationOperation.DiscardDuplicates([Id(9), Id(10)], new RawItemId("i99"))),
            "unknown-item",
            "the operation that replaces operation 5 names item 'i99', which is not a raw item of this consolidation.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void Revising_AnOperationTheLogDoesNotHold_Throws(int number)
    {
        ShouldFault(() => ExampleConsolidation.WithoutOperation(number), "unknown-operation", $"there is no operation {number} to revise: the log holds operations 1 to 7.");
        ShouldFault(() => Consolidation.Start(ExampleItems).WithoutOperation(1), "unknown-operation", "there is no operation 1 to revise: the log is empty.");
    }
}
