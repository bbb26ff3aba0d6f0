using System;
using System.Linq;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using static Wgec.Core.Tests.Consensus.ConsensusFixtures;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Validation of the consensus value types: roster, positions, readings, ledger, outcomes and the registry.</summary>
public sealed class ConsensusModelTests
{
    private static readonly ParticipantId G1 = new("g1");

    [Fact]
    public void Roster_DuplicateParticipant_ThrowsAtItsIndex()
    {
        var act = () => new Roster(AllGroups, [new RosterEntry(G1, StakeholderGroup.Governments, Standing.Member), new RosterEntry(G1, StakeholderGroup.CivilSociety, Standing.Member)]);
        act.Should().Throw<DomainValidationException>().Which.Location.Should().Be("entries[1].participant");
    }

    [Fact]
    public void Roster_UndeclaredGroup_Throws()
    {
        var act = () => new Roster([StakeholderGroup.Governments], [new RosterEntry(G1, StakeholderGroup.CivilSociety, Standing.Member)]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("undeclared-group");
    }

    [Theory]
    [InlineData(Standing.Observer)]
    [InlineData(Standing.Chair)]
    [InlineData(Standing.Secretariat)]
    public void Roster_NonDecidingEntryInAnUndeclaredGroup_IsKeptAndNeverCounts(Standing standing)
    {
        var outsider = new ParticipantId("outsider");
        var roster = new Roster([StakeholderGroup.Governments], [new RosterEntry(G1, StakeholderGroup.Governments, Standing.Member), new RosterEntry(outsider, StakeholderGroup.CivilSociety, standing)]);
        var context = new ConsensusContext(new Reading(new RecommendationId("A-1"), 1, false, [Position.Support(G1), Position.Objection(outsider, "No.")]), roster);

        roster.Contains(outsider).Should().BeTrue();
        context.Members.Should().ContainSingle().Which.Participant.Should().Be(G1);
        new UnConsensusRule().Evaluate(context).Kind.Should().Be(OutcomeKind.Agreed);
    }

    [Fact]
    public void Roster_NoDeclaredGroup_Throws()
    {
        var act = () => new Roster([], []);
        act.Should().Throw<DomainValidationException>().WithParameterName("declaredGroups");
    }

    [Fact]
    public void Roster_Equality_IgnoresInputOrder()
    {
        var entries = ConsensusFixtures.Roster.Entries;
        var reversed = new Wgec.Core.Consensus.Roster(AllGroups.Reverse(), entries.Reverse());
        EqualityAssert.Contract(ConsensusFixtures.Roster, reversed, reversed.PlusEntry(new RosterEntry(new("zz"), StakeholderGroup.Governments, Standing.Member)));
    }

    [Theory]
    [InlineData(PositionKind.Objection, "an objection needs its reason")]
    [InlineData(PositionKind.SupportWithReservation, "a support with reservation needs the reservation")]
    public void Position_MissingRequiredText_Throws(PositionKind kind, string message)
    {
        var act = () => new Position(G1, kind);
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("text").Which;
        ex.Rule.Should().Be("text-required");
        ex.Message.Should().Contain(message);
    }

    [Fact]
    public void Reading_TwoPositionsOfOneParticipant_Throws()
    {
        var act = () => new Reading(Rec, 4, false, [Position.Support(G1), Position.Abstain(G1)]);
        act.Should().Throw<DomainValidationException>().Which.Location.Should().Be("positions[1].participant");
    }

    [Fact]
    public void Reading_KindOf_MissingParticipantIsAbsent()
    {
        var reading = new Reading(Rec, 4, false, [Position.Support(G1)]);
        reading.KindOf(G1).Should().Be(PositionKind.Support);
        reading.KindOf(new ParticipantId("p1")).Should().Be(PositionKind.Absent);
    }

    [Theory]
    [InlineData(ObjectionDisposition.Accommodated)]
    [InlineData(ObjectionDisposition.AddressedNotAccommodated)]
    public void Disposition_NeedingText_WithoutIt_Throws(ObjectionDisposition disposition)
    {
        var act = () => new DispositionRecord(disposition, Chair, Now);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("text-required");
    }

    [Fact]
    public void ObjectionRecord_CurrentIsTheLastDisposition_AndOpenWithoutAny()
    {
        var record = new ObjectionRecord(Rec, 4, G1, []);
        record.Current.Should().Be(ObjectionDisposition.Open);
        var addressed = record.PlusDisposition(new DispositionRecord(ObjectionDisposition.AddressedNotAccommodated, Chair, Now, "answered"))
            .PlusDisposition(new DispositionRecord(ObjectionDisposition.Sustained, G1, Now + Duration.FromHours(1)));
        addressed.Current.Should().Be(ObjectionDisposition.Sustained);
        addressed.Dispositions[0].GivenBy.Should().Be(Chair);
    }

    [Fact]
    public void ObjectionRecord_DispositionsOutOfOrder_Throw()
    {
        var act = () => new ObjectionRecord(Rec, 4, G1, [new DispositionRecord(ObjectionDisposition.Withdrawn, G1, Now), new DispositionRecord(ObjectionDisposition.Sustained, G1, Now - Duration.FromHours(1))]);
        act.Should().Throw<DomainValidationException>().Which.Location.Should().Be("dispositions[1].at");
    }

    [Fact]
    public void Ledger_DuplicateObjection_Throws_AndWithRecordReplaces()
    {
        var record = new ObjectionRecord(Rec, 4, G1, []);
        var act = () => new ObjectionLedger([record, record]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("duplicate");
        var ledger = ObjectionLedger.Empty.WithRecord(record).WithRecord(record.PlusDisposition(new DispositionRecord(ObjectionDisposition.Withdrawn, G1, Now)));
        ledger.Records.Should().ContainSingle();
        ledger.DispositionOf(Rec, 4, G1).Should().Be(ObjectionDisposition.Withdrawn);
        ledger.DispositionOf(Rec, 3, G1).Should().Be(ObjectionDisposition.Open);
    }

    [Fact]
    public void Outcome_NotAgreedWithoutExplanation_Throws()
    {
        var act = () => new ConsensusOutcome(Rec, 4, false, OutcomeKind.ToBeRevisited, "x", []);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("unexplained-outcome");
    }

    [Fact]
    public void Outcome_RevisitAfterFinalReading_Throws()
    {
        var act = () => new ConsensusOutcome(Rec, 4, true, OutcomeKind.ToBeRevisited, "x", [new Finding(FindingKind.Declared, true, "x")]);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("revisit-after-final");
    }

    [Fact]
    public void Finding_BlockingReservation_Throws()
    {
        var act = () => new Finding(FindingKind.Reservation, true, "x");
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("reservation-blocks");
    }

    [Fact]
    public void Registry_CreatesEveryBuiltInRuleFromItsDescriptor()
    {
        foreach (var rule in AllRules())
        {
            var made = ConsensusRuleRegistry.Default.Create(rule.Descriptor);
            made.Should().Be(rule);
            made.Descriptor.Should().Be(rule.Descriptor);
        }

        ConsensusRuleRegistry.Default.Names.Should().Equal("all-of", "any-of", "group-aware", "multi-stakeholder", "qualified-majority", "rough-consensus", "un-consensus");
    }

    [Fact]
    public void Registry_MissingParameters_TakeDefaults() =>
        ConsensusRuleRegistry.Default.Create(new RuleDescriptor("qualified-majority")).Should().Be(new QualifiedMajorityRule(2.0 / 3.0));

    [Theory]
    [InlineData("majority", null, "unknown-rule")]
    [InlineData("un-consensus", "share", "unknown-parameter")]
    [InlineData("multi-stakeholder", "minimumSupporters", "out-of-range")]
    public void Registry_InvalidDescriptor_ThrowsNamingTheRule(string name, string? parameter, string rule)
    {
        var descriptor = new RuleDescriptor(name, parameter is null ? null : [new(parameter, 1.5)]);
        var act = () => ConsensusRuleRegistry.Default.Create(descriptor);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be(rule);
        ConsensusRuleRegistry.Default.TryCreate(descriptor, out var made, out var error).Should().BeFalse();
        made.Should().BeNull();
        error.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Registry_With_AddsACustomRule()
    {
        var registry = ConsensusRuleRegistry.Default.With("chair-decides", _ => new UnConsensusRule(0));
        registry.Create(new RuleDescriptor("chair-decides")).Should().Be(new UnConsensusRule(0));
        ConsensusRuleRegistry.Default.Names.Should().NotContain("chair-decides");
    }

    [Theory]
    [InlineData("Un-Consensus")]
    [InlineData("un--consensus")]
    [InlineData("-x")]
    public void RuleDescriptor_NotKebabCase_Throws(string name)
    {
        var act = () => new RuleDescriptor(name);
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("invalid-rule-name");
    }

    [Fact]
    public void RuleDescriptor_ToString_ShowsParametersAndChildren() =>
        new AllOfRule([new UnConsensusRule(), new QualifiedMajorityRule(0.75)]).ToString().Should().Be("all-of(un-consensus(quorum=0.5), qualified-majority(quorum=0.5, share=0.75))");

    [Fact]
    public void Composite_WithoutChildren_Throws()
    {
        var act = () => new AllOfRule(Array.Empty<IConsensusRule>());
        act.Should().Throw<ArgumentException>().WithParameterName("rules");
    }
    [Theory]
    [InlineData("g1=S g2=X p1=S c1=S t1=S i1=S", "A-1: to be revisited (un-consensus) — sustained objection by g2 (governments): reason of g2")]
    [InlineData("g1=S", "A-1: to be revisited (un-consensus) — quorum not met: 1 of 6 members present, 3 required (quorum 0.5)")]
    [InlineData("g1=S g2=R p1=S c1=S t1=S i1=S", "A-1: agreed (un-consensus)")]
    public void Outcome_ToString_ReadsAsAnExplanation(string notation, string expected) =>
        new UnConsensusRule().Evaluate(Context(notation)).ToString().Should().Be(expected);

    [Fact]
    public void Finding_ToString_CoversScoreMajorityAndGroups()
    {
        new GroupAwareConsensusRule(0.5, countAbsentGroups: true).Evaluate(Context("g1=S g2=S p1=S")).BlockingFindings.Single().ToString()
            .Should().Be("group-aware score 0.0625 below threshold 0.5");
        new QualifiedMajorityRule(quorum: 0).Evaluate(Context("g1=S g2=O")).Findings.Select(f => f.ToString())
            .Should().Equal("quorum met: 2 of 6 members present, 1 required (quorum 0)", "majority not reached: 1 in support of 2 present and voting, 2 required (at 2/3)");
        new MultiStakeholderConsensusRule().Evaluate(Context("g1=S g2=S p1=A c1=S t1=S i1=S")).BlockingFindings.Single().ToString()
            .Should().Be("private sector without enough support: 0 of 1 present in support, 1 required");
        new RoughConsensusRule(minWholeGroupSize: 1).Evaluate(Context("g1=S g2=S p1=X c1=S t1=S i1=S")).BlockingFindings.Select(f => f.ToString())
            .Should().Equal(
                "1 sustained objection(s) of 6 present, at or above the limit of 1 (share 0.1)",
                "the whole of private sector sustains an objection: all 1 present, a group of at least 1 blocks",
                "sustained objection by p1 (private sector): reason of p1");
    }
}
