using System.Linq;
using Wgec.Core.Catalogue;
using Wgec.Core.Tests.Serialization;
using static Wgec.Core.Tests.Catalogue.WorkedExample;

namespace Wgec.Core.Tests.Catalogue;

public sealed class ConsolidationOperationTests
{
    [Fact]
    public void Merge_OneItem_ThrowsShape()
    {
        var act = () => ConsolidationOperation.Merge([Id(1)], 1, "t", "c", null);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "operation-shape")
            .WithMessage("a Merge operation needs 2 or more item(s), not 1.*");
    }

    [Fact]
    public void Split_OneIssue_ThrowsShape()
    {
        var act = () => ConsolidationOperation.Split(Id(1), [CatalogueIssue.Listed(1, "t", "c", null, [Id(1)])]);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "operation-shape")
            .WithMessage("a Split operation results in 2 or more issue(s), not 1.*");
    }

    [Fact]
    public void Split_IssueWithOtherSourceItems_ThrowsMismatch()
    {
        var act = () => ConsolidationOperation.Split(Id(1), [
            CatalogueIssue.Listed(1, "t", "c", null, [Id(1)]),
            CatalogueIssue.Listed(2, "u", "c", null, [Id(2)]),
        ]);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "source-items-mismatch" && e.Location == "issues[1].sourceItems");
    }

    [Fact]
    public void DiscardDuplicates_NamesTheItemTheyRepeat()
    {
        var op = ConsolidationOperation.DiscardDuplicates([Id(9), Id(10)], Id(1), "repeat i01");

        op.Reason.Should().Be(DiscardReason.Duplicate);
        op.DuplicateOf.Should().Be(Id(1));
        op.ToString().Should().Be("discard [i09, i10] (duplicate of i01)");
        op.Should().NotBe(ConsolidationOperation.Discard([Id(9), Id(10)], DiscardReason.Duplicate, "repeat i01"), "the item duplicated is part of the content");
        ConsolidationOperation.Discard([Id(9)], DiscardReason.Duplicate).DuplicateOf.Should().BeNull("naming the item is optional");
    }

    [Fact]
    public void DuplicateOf_OnAnOperationThatDiscardsNoDuplicate_Throws()
    {
        var outOfScope = () => new ConsolidationOperation(ConsolidationOperationKind.Discard, [Id(11)], [], DiscardReason.OutOfScope, null, Id(1));
        var keep = () => new ConsolidationOperation(ConsolidationOperationKind.Keep, [Id(8)], [CatalogueIssue.Listed(5, "t", "c", null, [Id(8)])], null, null, Id(1));

        outOfScope.Should().Throw<DomainValidationException>().Where(e => e.Rule == "duplicate-of-without-duplicate").WithMessage("*cannot name item 'i01'.*");
        keep.Should().Throw<DomainValidationException>().Where(e => e.Rule == "duplicate-of-without-duplicate").WithParameterName("duplicateOf");
    }

    [Fact]
    public void DuplicateOf_OneOfTheDiscardedItems_Throws()
    {
        var act = () => ConsolidationOperation.DiscardDuplicates([Id(9), Id(10)], Id(10));
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "duplicate-of-itself").WithMessage("item 'i10' is discarded as a duplicate of itself*");
    }

    [Fact]
    public void DuplicateOf_Default_Throws()
    {
        var act = () => ConsolidationOperation.DiscardDuplicates([Id(9)], default);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "required").WithParameterName("duplicateOf");
    }

    [Fact]
    public void Discard_WithoutReason_Throws()
    {
        var act = () => new ConsolidationOperation(ConsolidationOperationKind.Discard, [Id(1)], [], null);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "discard-reason-required").WithParameterName("reason");
    }

    [Fact]
    public void Keep_WithReason_Throws()
    {
        var issue = CatalogueIssue.Listed(1, "t", "c", null, [Id(1)]);
        var act = () => new ConsolidationOperation(ConsolidationOperationKind.Keep, [Id(1)], [issue], DiscardReason.Duplicate);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "reason-only-for-discard");
    }

    [Fact]
    public void Discard_WithIssues_ThrowsShape()
    {
        var issue = CatalogueIssue.Listed(1, "t", "c", null, [Id(1)]);
        var act = () => new ConsolidationOperation(ConsolidationOperationKind.Discard, [Id(1)], [issue], DiscardReason.OutOfScope);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "operation-shape");
    }

    [Fact]
    public void Merge_RepeatedItem_Throws()
    {
        var act = () => ConsolidationOperation.Merge([Id(1), Id(1)], 1, "t", "c", null);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "duplicate-item" && e.Location == "items[1]");
    }

    [Fact]
    public void ToString_DescribesTheOperation()
    {
        ExampleOperations[1].ToString().Should().Be("split [i04] → 2, 3");
        ExampleOperations[4].ToString().Should().Be("discard [i09, i10] (duplicate)");
    }

    [Fact]
    public void Json_EveryKindRoundTrips()
    {
        foreach (var operation in ExampleOperations)
        {
            JsonAssert.RoundTrips(operation);
        }

        JsonAssert.RoundTrips(ExampleOperations[4]).Should().Be("{\"kind\":\"discard\",\"items\":[\"i09\",\"i10\"],\"issues\":[],\"reason\":\"duplicate\",\"note\":\"repeat i01\"}");
    }

    [Fact]
    public void Json_DiscardWithoutReason_FailsWithRule()
    {
        var error = JsonAssert.FailsToRead<ConsolidationOperation>("{\"kind\":\"discard\",\"items\":[\"a\"],\"issues\":[]}", "$.reason");
        error.Should().BeOfType<Wgec.Core.Serialization.WgecFormatException>()
            .Which.Errors.Select(e => e.Rule).Should().Equal("discard-reason-required");
    }
}
