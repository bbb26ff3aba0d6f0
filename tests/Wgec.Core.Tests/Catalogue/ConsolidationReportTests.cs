using System.Collections.Generic;
using Wgec.Core.Catalogue;
using Wgec.Core.Tests.Serialization;
using static Wgec.Core.Tests.Catalogue.WorkedExample;

namespace Wgec.Core.Tests.Catalogue;

public sealed class ConsolidationReportTests
{
    private static readonly Dictionary<ConsolidationOperationKind, int> None = [];

    [Fact]
    public void Constructor_MissingKindsCountZero()
    {
        var report = new ConsolidationReport(483, 483, 0, None, None, None, new Dictionary<DiscardReason, int>());

        report.ItemsAccountedFor.Should().Be(0);
        report.ItemsByKind.Should().HaveCount(4).And.OnlyContain(p => p.Value == 0);
        report.DiscardedByReason.Should().HaveCount(3);
    }

    [Fact]
    public void Constructor_ItemsDoNotAddUp_Throws()
    {
        var act = () => new ConsolidationReport(12, 0, 0, None, new Dictionary<ConsolidationOperationKind, int> { [ConsolidationOperationKind.Keep] = 11 }, None, new Dictionary<DiscardReason, int>());
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "counts-do-not-add-up").WithParameterName("itemsByKind");
    }

    [Fact]
    public void Constructor_DiscardReasonsDoNotAddUp_Throws()
    {
        var act = () => new ConsolidationReport(2, 0, 0, None, new Dictionary<ConsolidationOperationKind, int> { [ConsolidationOperationKind.Discard] = 2 }, None, new Dictionary<DiscardReason, int> { [DiscardReason.Duplicate] = 1 });
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "counts-do-not-add-up").WithParameterName("discardedByReason");
    }

    [Fact]
    public void Constructor_NegativeCount_Throws()
    {
        var act = () => new ConsolidationReport(0, 0, 0, new Dictionary<ConsolidationOperationKind, int> { [ConsolidationOperationKind.Merge] = -1 }, None, None, new Dictionary<DiscardReason, int>());
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "invalid-count");
    }

    [Fact]
    public void Json_RoundTrips()
    {
        JsonAssert.RoundTrips(ExampleConsolidation.Report()).Should().Be(
            "{\"itemsIn\":12,\"itemsUnaccounted\":0,\"issuesOut\":5,"
            + "\"operationsByKind\":{\"merge\":2,\"split\":1,\"keep\":1,\"discard\":3},"
            + "\"itemsByKind\":{\"merge\":6,\"split\":1,\"keep\":1,\"discard\":4},"
            + "\"issuesByKind\":{\"merge\":2,\"split\":2,\"keep\":1,\"discard\":0},"
            + "\"discardedByReason\":{\"duplicate\":2,\"outOfScope\":1,\"notAPublicPolicyIssue\":1}}");
    }

    [Fact]
    public void Json_CountsThatDoNotAddUp_FailWithRule()
    {
        const string json = "{\"itemsIn\":1,\"itemsUnaccounted\":0,\"issuesOut\":0,\"operationsByKind\":{\"merge\":0,\"split\":0,\"keep\":0,\"discard\":0},"
            + "\"itemsByKind\":{\"merge\":0,\"split\":0,\"keep\":0,\"discard\":0},\"issuesByKind\":{\"merge\":0,\"split\":0,\"keep\":0,\"discard\":0},"
            + "\"discardedByReason\":{\"duplicate\":0,\"outOfScope\":0,\"notAPublicPolicyIssue\":0}}";
        JsonAssert.FailsToRead<ConsolidationReport>(json, "$.itemsByKind", "must equal the items in");
    }
}
