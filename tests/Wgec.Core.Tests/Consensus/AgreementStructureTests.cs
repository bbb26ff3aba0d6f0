using System.Linq;
using CsCheck;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Tests.Consensus;

public sealed class AgreementStructureTests
{
    private static RecommendationId Id(string id) => new(id);

    private static ConsensusOutcome Agreed(string id) => new(Id(id), 4, false, OutcomeKind.Agreed, "un-consensus", []);

    private static ConsensusOutcome Open(string id, bool final = false) =>
        new(Id(id), 4, final, final ? OutcomeKind.NoAgreement : OutcomeKind.ToBeRevisited, "un-consensus", [new Finding(FindingKind.BlockingObjection, true, "un-consensus", new ParticipantId("g1"))]);

    [Fact]
    public void Resolve_PackageWithOneItemNotAgreed_DemotesTheOthersAndNamesTheFailedItem()
    {
        var structure = new AgreementStructure([new RecommendationPackage("D package", [Id("D-1"), Id("D-2"), Id("D-3")])], []);
        var resolved = structure.Resolve([Agreed("D-1"), Agreed("D-2"), Open("D-3", final: true)]);
        resolved.Values.Should().OnlyContain(o => !o.IsAgreed);
        var finding = resolved[Id("D-1")].BlockingFindings.Single();
        finding.Kind.Should().Be(FindingKind.PackageNotAgreed);
        finding.Items.Should().Equal(Id("D-3"));
        finding.ToString().Should().Be("package 'D package' not agreed: D-3 not agreed");
    }

    [Fact]
    public void Resolve_ConditionNotMet_DemotesDependents()
    {
        var structure = new AgreementStructure([], [new ConditionalAgreement("A and B unlock C", [Id("A-1"), Id("B-1")], 0.5, [Id("C-1")])]);
        var resolved = structure.Resolve([Open("A-1"), Open("B-1"), Agreed("C-1")]);
        var finding = resolved[Id("C-1")].BlockingFindings.Single();
        finding.Kind.Should().Be(FindingKind.ConditionNotMet);
        finding.Actual.Should().Be(0);
        finding.Required.Should().Be(1);
        resolved[Id("C-1")].Kind.Should().Be(OutcomeKind.ToBeRevisited);
        structure.Resolve([Agreed("A-1"), Open("B-1"), Agreed("C-1")])[Id("C-1")].IsAgreed.Should().BeTrue();
    }

    [Fact]
    public void Constructor_CycleAmongConditions_ThrowsNamingTheCycle()
    {
        var act = () => new AgreementStructure([],
        [
            new ConditionalAgreement("x", [Id("A-1")], 1, [Id("C-1")]),
            new ConditionalAgreement("y", [Id("C-1")], 1, [Id("A-1")]),
        ]);
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("condition-cycle");
        ex.Message.Should().Contain("A-1 → C-1 → A-1");
    }

    [Fact]
    public void Condition_SelfDependency_Throws()
    {
        var act = () => new ConditionalAgreement("x", [Id("A-1")], 1, [Id("A-1")]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("condition-cycle");
    }

    [Fact]
    public void Resolve_PackageIsAgreedOnlyIfAllItsItemsAre() =>
        Gen.Select(Gen.Bool.Array[6], Gen.Int[0, 5].Array[2, 4], Gen.Int[0, 5].Array[2, 4]).Sample((agreed, p1, p2) =>
        {
            var ids = Enumerable.Range(0, 6).Select(i => Id("R-" + i)).ToArray();
            var packages = new[] { p1, p2 }
                .Select(p => p.Distinct().ToArray())
                .Where(p => p.Length >= 2)
                .Select((p, i) => new RecommendationPackage("P" + i, p.Select(x => ids[x])))
                .ToList();
            var structure = new AgreementStructure(packages, [new ConditionalAgreement("c", [ids[0]], 1, [ids[5]])]);
            var resolved = structure.Resolve(ids.Select((id, i) => agreed[i] ? Agreed(id.Value) : Open(id.Value)));
            foreach (var package in packages)
            {
                var all = package.Items.All(id => resolved[id].IsAgreed);
                package.Items.Any(id => resolved[id].IsAgreed).Should().Be(all);
            }

            foreach (var id in ids.Where((_, i) => !agreed[i]))
            {
                resolved[id].IsAgreed.Should().BeFalse();
            }
        }, iter: 1000);
}
