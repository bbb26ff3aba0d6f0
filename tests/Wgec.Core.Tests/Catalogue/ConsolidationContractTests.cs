using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Catalogue;
using static Wgec.Core.Tests.Catalogue.WorkedExample;

namespace Wgec.Core.Tests.Catalogue;

// The exact messages of consolidation errors: an editor reading them must learn which item, which
// operation and what to do, so their wording is part of the contract.
public sealed class ConsolidationContractTests
{
    private static readonly Dictionary<ConsolidationOperationKind, int> None = [];
    private static readonly Dictionary<DiscardReason, int> NoReasons = [];

    [Fact]
    public void Plus_ItemMergedEarlier_MessageSaysMergedAndKept()
    {
        var act = () => ExampleConsolidation.Plus(ConsolidationOperation.Keep(Id(1), 6, "Again", "Cybercrime", null));

        act.Should().Throw<DomainValidationException>().Which.Message.Should().StartWith(
            "item 'i01' is accounted for twice: merged by operation 1 and kept by operation 8; each raw item is accounted for exactly once.");
    }

    [Fact]
    public void Plus_ItemSplitEarlier_MessageSaysSplitAndDiscarded()
    {
        var act = () => ExampleConsolidation.Plus(ConsolidationOperation.Discard([Id(4)], DiscardReason.Duplicate));

        act.Should().Throw<DomainValidationException>().Which.Message.Should().StartWith(
            "item 'i04' is accounted for twice: split by operation 2 and discarded by operation 8;");
    }

    [Fact]
    public void EnsureComplete_TwoUnaccounted_NamesTheFirstAndListsTheOtherWithoutEllipsis()
    {
        var partial = ExampleConsolidation.Undo().Undo();

        var act = partial.EnsureComplete;

        act.Should().Throw<DomainValidationException>().Which.Message.Should().StartWith(
            "raw item 'i11' is not accounted for by any operation (nor are 1 other item(s): i12); merge, split, keep or discard it.");
    }

    [Fact]
    public void EnsureComplete_ElevenUnaccounted_ListsTheTenOthersWithoutEllipsis()
    {
        var act = Consolidation.Start(ExampleItems.Take(11)).EnsureComplete;

        act.Should().Throw<DomainValidationException>().Which.Message.Should().StartWith(
            "raw item 'i01' is not accounted for by any operation (nor are 10 other item(s): i02, i03, i04, i05, i06, i07, i08, i09, i10, i11); merge, split, keep or discard it.");
    }

    [Fact]
    public void EnsureComplete_TwelveUnaccounted_ListsTenOthersAndAnEllipsis()
    {
        var act = Consolidation.Start(ExampleItems).EnsureComplete;

        act.Should().Throw<DomainValidationException>().Which.Message.Should().StartWith(
            "raw item 'i01' is not accounted for by any operation (nor are 11 other item(s): i02, i03, i04, i05, i06, i07, i08, i09, i10, i11, …); merge, split, keep or discard it.");
    }

    [Fact]
    public void Trace_UnknownIssueNumber_ThrowsNamingTheNumber()
    {
        var act = () => ExampleConsolidation.Trace(99);

        act.Should().Throw<KeyNotFoundException>().WithMessage("no issue has number 99.");
    }

    [Fact]
    public void Constructor_DefaultItemId_IsRejectedAtItsPosition()
    {
        var act = () => new ConsolidationOperation(ConsolidationOperationKind.Discard, [Id(1), default(RawItemId)], [], DiscardReason.Duplicate);

        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("required");
        ex.ParamName.Should().Be("items");
        ex.Location.Should().Be("items[1]");
        ex.Message.Should().StartWith("item 2 of the operation names no raw item (the default id).");
    }

    [Theory]
    [InlineData(ConsolidationOperationKind.Keep, 2, 1, "a Keep operation needs 1 item(s), not 2.")]
    [InlineData(ConsolidationOperationKind.Split, 2, 2, "a Split operation needs 1 item(s), not 2.")]
    [InlineData(ConsolidationOperationKind.Merge, 1, 1, "a Merge operation needs 2 or more item(s), not 1.")]
    [InlineData(ConsolidationOperationKind.Keep, 1, 2, "a Keep operation results in 1 issue(s), not 2.")]
    [InlineData(ConsolidationOperationKind.Discard, 1, 1, "a Discard operation results in 0 issue(s), not 1.")]
    public void Constructor_WrongShape_MessageStatesTheExpectedCounts(ConsolidationOperationKind kind, int items, int issues, string expected)
    {
        var ids = Enumerable.Range(1, items).Select(Id).ToList();
        var made = Enumerable.Range(1, issues).Select(n => CatalogueIssue.Listed(n, "t", "c", null, ids)).ToList();
        DiscardReason? reason = kind == ConsolidationOperationKind.Discard ? DiscardReason.Duplicate : null;

        var act = () => new ConsolidationOperation(kind, ids, made, reason);

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "operation-shape").Which.Message.Should().StartWith(expected);
    }

    [Fact]
    public void Constructor_IssueWithOtherSourceItems_MessageListsBothSets()
    {
        var act = () => new ConsolidationOperation(
            ConsolidationOperationKind.Merge,
            [Id(1), Id(2)],
            [CatalogueIssue.Listed(7, "t", "c", null, [Id(1), Id(3)])]);

        act.Should().Throw<DomainValidationException>().Which.Message.Should().StartWith(
            "issue 7 lists source items [i01, i03] but the merge operation accounts for [i01, i02].");
    }

    [Fact]
    public void Constructor_IssueNumberTwiceInOneSplit_MessageNamesTheNumber()
    {
        var act = () => ConsolidationOperation.Split(Id(1), [
            CatalogueIssue.Listed(3, "t", "c", null, [Id(1)]),
            CatalogueIssue.Listed(3, "u", "c", null, [Id(1)]),
        ]);

        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("duplicate-issue-number");
        ex.Location.Should().Be("issues[1].number");
        ex.Message.Should().StartWith("issue number 3 is used twice in one split operation.");
    }

    [Fact]
    public void Report_ItemsDoNotAddUp_MessageGivesTheSumOfAllKinds()
    {
        var byKind = new Dictionary<ConsolidationOperationKind, int> { [ConsolidationOperationKind.Merge] = 6, [ConsolidationOperationKind.Keep] = 5 };

        var act = () => new ConsolidationReport(12, 0, 0, None, byKind, None, NoReasons);

        act.Should().Throw<DomainValidationException>().Which.Message.Should().StartWith(
            "the items accounted for by kind (11) must equal the items in (12) less the unaccounted (0).");
    }

    [Fact]
    public void Report_IssuesDoNotAddUp_MessageGivesTheSumOfAllKinds()
    {
        var items = new Dictionary<ConsolidationOperationKind, int> { [ConsolidationOperationKind.Merge] = 2, [ConsolidationOperationKind.Keep] = 1 };
        var issues = new Dictionary<ConsolidationOperationKind, int> { [ConsolidationOperationKind.Merge] = 1, [ConsolidationOperationKind.Keep] = 1 };

        var act = () => new ConsolidationReport(3, 0, 3, None, items, issues, NoReasons);

        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("counts-do-not-add-up");
        ex.ParamName.Should().Be("issuesByKind");
        ex.Message.Should().StartWith("the issues by kind (2, discards creating none) must equal the issues out (3).");
    }

    [Fact]
    public void Report_DiscardsCreatingIssues_AreRejectedEvenWhenTheTotalMatches()
    {
        var items = new Dictionary<ConsolidationOperationKind, int> { [ConsolidationOperationKind.Discard] = 1 };
        var issues = new Dictionary<ConsolidationOperationKind, int> { [ConsolidationOperationKind.Discard] = 1 };
        var reasons = new Dictionary<DiscardReason, int> { [DiscardReason.Duplicate] = 1 };

        var act = () => new ConsolidationReport(1, 0, 1, None, items, issues, reasons);

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "counts-do-not-add-up").WithParameterName("issuesByKind");
    }

    [Fact]
    public void Report_DiscardReasonsDoNotAddUp_MessageGivesTheSumOfAllReasons()
    {
        var items = new Dictionary<ConsolidationOperationKind, int> { [ConsolidationOperationKind.Discard] = 3 };
        var reasons = new Dictionary<DiscardReason, int> { [DiscardReason.Duplicate] = 1, [DiscardReason.OutOfScope] = 1 };

        var act = () => new ConsolidationReport(3, 0, 0, None, items, None, reasons);

        act.Should().Throw<DomainValidationException>().Which.Message.Should().StartWith(
            "the items discarded by reason (2) must equal the items discarded (3).");
    }
}
