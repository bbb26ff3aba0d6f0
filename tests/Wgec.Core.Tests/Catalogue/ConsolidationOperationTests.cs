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
        ExampleOperations[1].ToString().Should().Be("Split [i04] → 2, 3");
        ExampleOperations[4].ToString().Should().Be("Discard [i09, i10] (Duplicate)");
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
