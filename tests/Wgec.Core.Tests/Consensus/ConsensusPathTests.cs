using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using static Wgec.Core.Tests.Consensus.ConsensusFixtures;

namespace Wgec.Core.Tests.Consensus;

/// <summary>The path to consensus as data and as text: who moves from where, and what a disposition would do.</summary>
public sealed class ConsensusPathTests
{
    private static readonly Roster Named = new(AllGroups,
    [
        new RosterEntry(new("g1"), StakeholderGroup.Governments, Standing.Member, "Brazil"),
        new RosterEntry(new("g2"), StakeholderGroup.Governments, Standing.Member, "India"),
        new RosterEntry(new("p1"), StakeholderGroup.PrivateSector, Standing.Member, "ICC"),
        new RosterEntry(new("c1"), StakeholderGroup.CivilSociety, Standing.Member, "APC"),
    ]);

    [Fact]
    public void Find_UnConsensusWithASustainedObjection_NamesTheObjectorAndSaysADispositionWouldDo()
    {
        var path = ConsensusPath.Find(new UnConsensusRule(), Context("g1=S g2=X p1=S c1=S", roster: Named));
        path.IsReachable.Should().BeTrue();
        path.Changes.Should().Be(1);
        var step = path.Steps.Single();
        (step.Group, step.Start, step.Count, step.DispositionSuffices).Should().Be((StakeholderGroup.Governments, PathStart.SustainedObjection, 1, true));
        step.Candidates.Select(c => c.Participant).Should().Equal(new ParticipantId("g2"));
        path.ToString().Should().Be("Path to consensus on A-1: 1 change(s)\n  - A-1: India (g2, governments), sustained objection: withdrawn or accommodated, or support");
    }

    [Fact]
    public void Find_QualifiedMajorityWithOneVoteShort_AsksOneOfTheObjectorsToSupport()
    {
        // 1 supporter of 3 voting, 2 required at 2/3: one objector must support; a withdrawal leaves 1 of 2, still short.
        var path = ConsensusPath.Find(new QualifiedMajorityRule(), Context("g1=S g2=O p1=O", roster: Named));
        path.Changes.Should().Be(1);
        var step = path.Steps.Should().ContainSingle().Which;
        (step.Start, step.DispositionSuffices).Should().Be((PathStart.OpenObjection, false));
        step.ToString().Should().EndWith(", open objection: support");
    }

    [Fact]
    public void Find_QuorumShort_AsksAbsentMembersToAttend()
    {
        var path = ConsensusPath.Find(new UnConsensusRule(1), Context("g1=S g2=S", roster: Named));
        path.Changes.Should().Be(2);
        path.Steps.Select(s => s.ToString()).Should().Equal(
            "A-1: ICC (p1, private sector), absent: attend and support",
            "A-1: APC (c1, civil society), absent: attend and support");
    }

    [Fact]
    public void Find_AgreedAlready_HasNoSteps()
    {
        var path = ConsensusPath.Find(new UnConsensusRule(), Context("g1=S g2=S p1=S", roster: Named));
        path.IsAgreed.Should().BeTrue();
        path.ToString().Should().Be("Path to consensus on A-1: agreed already.");
    }

    [Fact]
    public void Find_ThresholdNoRosterCanReach_IsUnreachableWithTheReason()
    {
        var path = ConsensusPath.Find(new GroupAwareConsensusRule(1), Context("g1=S", roster: Named));
        path.IsReachable.Should().BeFalse();
        path.Steps.Should().BeEmpty();
        path.ToString().Should().Be("Path to consensus on A-1: none — even with every member in support, 'A-1' is not agreed under group-aware(countAbsentGroups=0, quorum=0.5, threshold=1).");
    }

    [Fact]
    public void Find_CustomRule_IsRejectedNamingIt()
    {
        var act = () => ConsensusPath.Find(new CustomRule(), Context("g1=S"));
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "unsupported-rule" && e.Message.Contains("'custom'"));
    }

    [Fact]
    public void PathStep_CountOutOfRange_IsRejected()
    {
        var act = () => new PathStep(Rec, StakeholderGroup.Governments, PathStart.Absent, 2, [Named.Entries[0]]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("out-of-range");
    }

    private sealed class CustomRule : IConsensusRule
    {
        public RuleDescriptor Descriptor { get; } = new("custom");

        public ConsensusOutcome Evaluate(ConsensusContext context) =>
            ConsensusOutcome.Decide(context, "custom", [new Finding(FindingKind.Declared, true, "custom", text: "never")]);
    }
}
