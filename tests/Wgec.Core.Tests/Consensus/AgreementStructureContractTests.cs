using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

public sealed class AgreementStructureContractTests
{
    private static RecommendationId Id(string id) => new(id);

    private static ConsensusOutcome Agreed(string id) => new(Id(id), 4, false, OutcomeKind.Agreed, "un-consensus", []);

    private static RecommendationPackage Package(string name, params string[] items) => new(name, items.Select(Id));

    private static ConditionalAgreement Condition(string name, string prerequisite, string dependent) => new(name, [Id(prerequisite)], 1, [Id(dependent)]);

    [Fact]
    public void Resolve_TwoOutcomesForOneRecommendation_IsRejectedAtTheSecond()
    {
        var act = () => AgreementStructure.None.Resolve([Agreed("A-1"), Agreed("B-1"), Agreed("A-1")]);
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("outcomes").Which;
        ex.Rule.Should().Be("duplicate");
        ex.Location.Should().Be("outcomes[2]");
        ex.Message.Should().StartWith("'A-1' has two outcomes.");
    }

    [Fact]
    public void Resolve_WhollyAgreedPackage_LeavesEveryItemAgreedWithoutFindings()
    {
        var structure = new AgreementStructure([Package("D package", "D-1", "D-2", "D-3")], []);
        var resolved = structure.Resolve([Agreed("D-1"), Agreed("D-2"), Agreed("D-3")]);
        resolved.Values.Should().OnlyContain(o => o.IsAgreed && o.Findings.IsEmpty);
    }

    [Theory]
    [InlineData("same", true)]
    [InlineData("other-package", false)]
    [InlineData("other-condition", false)]
    [InlineData("no-conditions", false)]
    public void Equals_ComparesPackagesAndConditions(string variant, bool expected)
    {
        var original = new AgreementStructure([Package("P", "A-1", "A-2")], [Condition("c", "B-1", "C-1")]);
        var other = variant switch
        {
            "same" => new AgreementStructure([Package("P", "A-2", "A-1")], [Condition("c", "B-1", "C-1")]),
            "other-package" => new AgreementStructure([Package("P", "A-1", "A-3")], [Condition("c", "B-1", "C-1")]),
            "other-condition" => new AgreementStructure([Package("P", "A-1", "A-2")], [Condition("c", "B-1", "C-2")]),
            _ => new AgreementStructure([Package("P", "A-1", "A-2")], []),
        };
        if (expected)
        {
            EqualityAssert.Contract(original, other);
        }
        else
        {
            EqualityAssert.Contract(original, new AgreementStructure([Package("P", "A-1", "A-2")], [Condition("c", "B-1", "C-1")]), other);
        }
    }

    /// <summary>
    /// Forty diamonds in a row: A-k depends on B-k and C-k, which both depend on A-(k+1). There are
    /// 2^40 paths through the graph, so the cycle check must visit each recommendation once.
    /// </summary>
    [Fact]
    public async Task Constructor_LongChainOfDiamondConditions_IsCheckedPromptly()
    {
        const int depth = 40;
        var conditions = new List<ConditionalAgreement>();
        for (var k = 0; k < depth; k++)
        {
            conditions.Add(new ConditionalAgreement($"diamond {k}", [Id($"B-{k}"), Id($"C-{k}")], 1, [Id($"A-{k}")]));
            conditions.Add(new ConditionalAgreement($"join {k}", [Id($"A-{k + 1}")], 1, [Id($"B-{k}"), Id($"C-{k}")]));
        }

        var token = TestContext.Current.CancellationToken;
        var build = Task.Run(() => new AgreementStructure([], conditions), token);
        var first = await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(20), token));
        first.Should().BeSameAs(build, "checking {0} acyclic conditions must not walk every path", conditions.Count);
        (await build).Conditions.Should().HaveCount(2 * depth);
    }
}
