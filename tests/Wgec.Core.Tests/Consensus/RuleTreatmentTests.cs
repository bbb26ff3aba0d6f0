using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using static Wgec.Core.Tests.Consensus.ConsensusFixtures;

namespace Wgec.Core.Tests.Consensus;

/// <summary>
/// Each rule's stated treatment of quorum, the ledger, absent groups and whole-group blocks, each
/// default tested both ways, and the figures every outcome carries, agreed or not.
/// </summary>
public sealed class RuleTreatmentTests
{
    // g1 alone is 1 of the 6 deciding members.
    private const string OneOfSixSupports = "g1=S";

    [Fact]
    public void EveryBuiltInRule_ByDefault_NeedsAQuorumOfHalfTheMembers()
    {
        IConsensusRule[] rules = [new UnConsensusRule(), new MultiStakeholderConsensusRule(), new RoughConsensusRule(), new GroupAwareConsensusRule(), new QualifiedMajorityRule()];
        foreach (var rule in rules)
        {
            var outcome = rule.Evaluate(Context(OneOfSixSupports));
            outcome.IsAgreed.Should().BeFalse(rule.ToString());
            var quorum = outcome.BlockingFindings.Single(f => f.Kind == FindingKind.QuorumNotMet);
            (quorum.Actual, quorum.Required, quorum.Basis, quorum.Share).Should().Be((1.0, 3.0, 6.0, 0.5), rule.ToString());
        }
    }

    [Fact]
    public void EveryBuiltInRule_WithQuorumZero_AgreesWhenOneOfSixSupports()
    {
        IConsensusRule[] rules = [new UnConsensusRule(0), new MultiStakeholderConsensusRule(0), new RoughConsensusRule(quorum: 0), new GroupAwareConsensusRule(0.25, quorum: 0), new QualifiedMajorityRule(quorum: 0)];
        foreach (var rule in rules)
        {
            var outcome = rule.Evaluate(Context(OneOfSixSupports));
            outcome.IsAgreed.Should().BeTrue(rule.ToString());
            outcome.Findings.Should().Contain(f => f.Kind == FindingKind.QuorumMet && f.Actual == 1 && f.Required == 1, rule.ToString());
        }
    }

    [Fact]
    public void EveryBuiltInRule_Agreed_CarriesTheFiguresItMeasured()
    {
        var context = Context("g1=S g2=S p1=S c1=S t1=A");
        new UnConsensusRule().Evaluate(context).Findings.Select(f => f.ToString()).Should().Equal(
            "quorum met: 5 of 6 members present, 3 required (quorum 0.5)");
        new MultiStakeholderConsensusRule().Evaluate(context).Findings.Select(f => f.ToString()).Should().Equal(
            "quorum met: 5 of 6 members present, 3 required (quorum 0.5)",
            "governments supported: 2 of 2 present in support, 1 required",
            "private sector supported: 1 of 1 present in support, 1 required",
            "civil society supported: 1 of 1 present in support, 1 required",
            "technical and academic community without enough support: 0 of 1 present in support, 1 required");
        new RoughConsensusRule().Evaluate(context).Findings.Select(f => f.ToString()).Should().Equal(
            "quorum met: 5 of 6 members present, 3 required (quorum 0.5)",
            "0 sustained objection(s) of 5 present, under the limit of 1 (share 0.1)");
        new GroupAwareConsensusRule(0.1).Evaluate(context).Findings.Select(f => f.Kind).Should().Equal(FindingKind.QuorumMet, FindingKind.GroupAwareScore);
    }

    [Theory]
    [InlineData("W", true)]
    [InlineData("C", true)]
    [InlineData("D", false)]
    [InlineData("X", false)]
    [InlineData("O", false)]
    public void QualifiedMajority_WithdrawnOrAccommodatedObjection_IsNotAVoteAgainst(string code, bool agreed)
    {
        // 2 supporters; share 1 needs every vote: only an objection still standing is one.
        var outcome = new QualifiedMajorityRule(1).Evaluate(Context($"g1=S g2=S p1={code}"));
        outcome.IsAgreed.Should().Be(agreed);
        var majority = outcome.Findings.Single(f => f.Kind is FindingKind.MajorityReached or FindingKind.MajorityNotReached);
        majority.Basis.Should().Be(agreed ? 2 : 3);
    }

    [Fact]
    public void QualifiedMajority_Agreed_KeepsTheFiguresThatMadeItAgreed()
    {
        var outcome = new QualifiedMajorityRule().Evaluate(Context("g1=S g2=S p1=S c1=O t1=A"));
        outcome.IsAgreed.Should().BeTrue();
        outcome.Findings.Select(f => f.ToString()).Should().Equal(
            "quorum met: 5 of 6 members present, 3 required (quorum 0.5)",
            "majority reached: 3 in support of 4 present and voting, 3 required (at 2/3)");
    }

    [Fact]
    public void GroupAware_ByDefault_SkipsGroupsWithNobodyPresent()
    {
        var context = Context("g1=S g2=S p1=S");
        new GroupAwareConsensusRule().CountAbsentGroups.Should().BeFalse();
        GroupAwareConsensusRule.ScoreOf(context).Should().BeApproximately(0.75 * 2.0 / 3, 1e-12);
        new GroupAwareConsensusRule().Evaluate(context).IsAgreed.Should().BeTrue();
    }

    [Fact]
    public void GroupAware_CountingAbsentGroups_ScoresEachAsOneHalf()
    {
        var context = Context("g1=S g2=S p1=S");
        GroupAwareConsensusRule.ScoreOf(context, countAbsentGroups: true).Should().BeApproximately(0.75 * 2.0 / 3 / 8, 1e-12);
        var outcome = ConsensusRuleRegistry.Default.Create(Descriptor("group-aware(countAbsentGroups=1)")).Evaluate(context);
        outcome.IsAgreed.Should().BeFalse();
        outcome.Score.Should().BeApproximately(0.0625, 1e-12);
    }

    [Fact]
    public void GroupAware_CountAbsentGroupsOtherThanZeroOrOne_IsRejected()
    {
        var ok = ConsensusRuleRegistry.Default.TryCreate(Descriptor("group-aware(countAbsentGroups=2)"), out _, out var error);
        ok.Should().BeFalse();
        error.Should().StartWith("parameter 'countAbsentGroups' of rule 'group-aware' is 0 (no) or 1 (yes).");
    }

    [Fact]
    public void RoughConsensus_ByDefault_OneMemberPresentIsNotAWholeGroup()
    {
        new RoughConsensusRule().MinWholeGroupSize.Should().Be(2);
        var outcome = new RoughConsensusRule(0.5).Evaluate(Context("g1=S g2=S p1=X c1=S"));
        outcome.IsAgreed.Should().BeTrue();
        outcome.Findings.Should().Contain(f => f.Kind == FindingKind.SustainedObjection && !f.Blocking && f.Participant == new ParticipantId("p1"));
    }

    [Fact]
    public void RoughConsensus_WithMinWholeGroupSizeOne_OneMemberPresentIsAWholeGroup()
    {
        var rule = ConsensusRuleRegistry.Default.Create(Descriptor("rough-consensus(maxSustainedShare=0.5, minWholeGroupSize=1)"));
        var outcome = rule.Evaluate(Context("g1=S g2=S p1=X c1=S"));
        Blocking(outcome).Should().Be("WholeGroupSustains,SustainedObjection");
    }

    [Fact]
    public void RoughConsensus_NamesEachSustainingMemberWithNameAndGroup()
    {
        var roster = new Roster(AllGroups,
        [
            new RosterEntry(new("g1"), StakeholderGroup.Governments, Standing.Member, "Brazil"),
            new RosterEntry(new("g2"), StakeholderGroup.Governments, Standing.Member, "India"),
            new RosterEntry(new("c1"), StakeholderGroup.CivilSociety, Standing.Member, "APC"),
            new RosterEntry(new("p1"), StakeholderGroup.PrivateSector, Standing.Member),
        ]);
        var outcome = new RoughConsensusRule().Evaluate(Context("g1=X c1=X p1=S g2=S", roster: roster));
        outcome.BlockingFindings.Select(f => f.ToString()).Should().Equal(
            "2 sustained objection(s) of 4 present, at or above the limit of 1 (share 0.1)",
            "sustained objection by APC (c1, civil society): reason of c1",
            "sustained objection by Brazil (g1, governments): reason of g1");
    }

    [Fact]
    public void Structure_EveryUnmetConditionIsNamedOnEveryDependent_WithTheMissingItems()
    {
        RecommendationId Id(string id) => new(id);
        var structure = new AgreementStructure([],
        [
            new ConditionalAgreement("A unlocks C, D and E", [Id("A-1")], 1, [Id("C-1"), Id("D-1"), Id("E-1")]),
            new ConditionalAgreement("B unlocks C, D and E", [Id("B-1")], 1, [Id("C-1"), Id("D-1"), Id("E-1")]),
        ]);
        var agreed = new UnConsensusRule(0).Evaluate(Context("g1=S"));
        var open = new UnConsensusRule(0).Evaluate(Context("g1=O"));
        ConsensusOutcome For(ConsensusOutcome o, string id) => new(Id(id), o.Meeting, o.FinalReading, o.Kind, o.Rule, o.Findings);
        var resolved = structure.Resolve([For(open, "A-1"), For(open, "B-1"), For(agreed, "C-1"), For(open, "D-1"), For(agreed, "E-1")]);
        foreach (var id in new[] { "C-1", "D-1", "E-1" })
        {
            resolved[Id(id)].IsAgreed.Should().BeFalse();
            resolved[Id(id)].BlockingFindings.Where(f => f.Kind == FindingKind.ConditionNotMet).Select(f => f.ToString()).Should().Equal(
                "condition 'A unlocks C, D and E' not met: 0 of 1 prerequisites agreed, 1 required; not agreed: A-1",
                "condition 'B unlocks C, D and E' not met: 0 of 1 prerequisites agreed, 1 required; not agreed: B-1");
        }
    }

    [Fact]
    public void Structure_FailedPackageIsNamedOnEveryItem_WithTheItemsThatHoldItBack()
    {
        RecommendationId Id(string id) => new(id);
        var structure = new AgreementStructure([new RecommendationPackage("D and E", [Id("D-1"), Id("E-1"), Id("F-1")])], []);
        var agreed = new UnConsensusRule(0).Evaluate(Context("g1=S"));
        var open = new UnConsensusRule(0).Evaluate(Context("g1=O"));
        ConsensusOutcome For(ConsensusOutcome o, string id) => new(Id(id), o.Meeting, o.FinalReading, o.Kind, o.Rule, o.Findings);
        var resolved = structure.Resolve([For(agreed, "D-1"), For(open, "E-1"), For(open, "F-1")]);
        foreach (var id in new[] { "D-1", "E-1", "F-1" })
        {
            resolved[Id(id)].BlockingFindings.Single(f => f.Kind == FindingKind.PackageNotAgreed).ToString()
                .Should().Be("package 'D and E' not agreed: E-1, F-1 not agreed");
        }
    }

    private static RuleDescriptor Descriptor(string text)
    {
        RuleDescriptor.TryParse(text, out var descriptor, out var error).Should().BeTrue(error);
        return descriptor!;
    }
}
