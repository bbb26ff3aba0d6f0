using System;
using System.Linq;
using CsCheck;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using static Wgec.Core.Tests.Consensus.ConsensusFixtures;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Properties every built-in rule holds, over 1,000 random readings each (CsCheck prints the seed on failure).</summary>
public sealed class ConsensusPropertyTests
{
    private const int Iterations = 1000;

    [Fact]
    public void Evaluate_OrderOfPositionsNeverMatters() =>
        Gen.Select(GenScenario, Gen.Int).Sample((scenario, seed) =>
        {
            var context = Context(scenario.Notation, scenario.Final, scenario.Roster);
            var random = new Random(seed);
            var shuffled = context.Reading.Positions.OrderBy(_ => random.Next()).ToList();
            var other = context.WithReading(new Reading(context.Reading.Recommendation, context.Reading.Meeting, context.Reading.IsFinal, shuffled));
            foreach (var rule in AllRules())
            {
                rule.Evaluate(other).Should().Be(rule.Evaluate(context), rule.ToString());
            }
        }, iter: Iterations);

    [Fact]
    public void Evaluate_ObjectionBecomingSupport_NeverUndoesAgreement() =>
        Gen.Select(GenScenario, Gen.Int[0, 11]).Sample((scenario, pick) =>
        {
            var context = Context(scenario.Notation, scenario.Final, scenario.Roster);
            var objections = context.Reading.Positions.Where(p => p.Kind == PositionKind.Objection).ToList();
            if (objections.Count == 0)
            {
                return;
            }

            var changed = context.WithReading(context.Reading.WithPosition(Position.Support(objections[pick % objections.Count].Participant)));
            foreach (var rule in AllRules())
            {
                if (rule.Evaluate(context).IsAgreed)
                {
                    rule.Evaluate(changed).IsAgreed.Should().BeTrue(rule.ToString());
                }
            }
        }, iter: Iterations);

    [Fact]
    public void Evaluate_ObserversNeverChangeTheOutcome() =>
        Gen.Select(GenScenario, Gen.Int[0, 9], Gen.Int[0, 4]).Sample((scenario, code, group) =>
        {
            var context = Context(scenario.Notation, scenario.Final, scenario.Roster);
            var observer = new ParticipantId("observer-x");
            var roster = scenario.Roster.PlusEntry(new RosterEntry(observer, (StakeholderGroup)group, Standing.Observer));
            var withObserver = Context(scenario.Notation + " observer-x=" + "SRNAOXWDC-"[code], scenario.Final, roster);
            var withoutObserver = new ConsensusContext(context.Reading, roster, context.Ledger);
            foreach (var rule in AllRules())
            {
                rule.Evaluate(withObserver).Should().Be(rule.Evaluate(withoutObserver), rule.ToString());
                rule.Evaluate(withoutObserver).Should().Be(rule.Evaluate(context), rule.ToString());
            }
        }, iter: Iterations);

    [Fact]
    public void UnConsensus_OneOpenMemberObjection_AlwaysBlocks() =>
        Gen.Select(GenScenario, Gen.Int[0, 11]).Sample((scenario, pick) =>
        {
            var members = scenario.Roster.DecidingMembers.ToList();
            if (members.Count == 0)
            {
                return;
            }

            var objector = members[pick % members.Count].Participant;
            var context = Context(scenario.Notation, scenario.Final, scenario.Roster);
            var blocked = context.WithReading(context.Reading.WithPosition(Position.Objection(objector, "open")));
            var ledger = new ObjectionLedger(context.Ledger.Records.Where(r => r.Objector != objector));
            var outcome = new UnConsensusRule(quorum: 0).Evaluate(new ConsensusContext(blocked.Reading, blocked.Roster, ledger));
            outcome.IsAgreed.Should().BeFalse();
            outcome.Kind.Should().Be(scenario.Final ? OutcomeKind.NoAgreement : OutcomeKind.ToBeRevisited);
            outcome.BlockingFindings.Should().Contain(f => f.Kind == FindingKind.BlockingObjection && f.Participant == objector);
        }, iter: Iterations);

    [Fact]
    public void Evaluate_NotAgreed_AlwaysExplained() =>
        GenScenario.Sample(scenario =>
        {
            var context = Context(scenario.Notation, scenario.Final, scenario.Roster);
            foreach (var rule in AllRules())
            {
                var outcome = rule.Evaluate(context);
                outcome.BlockingFindings.Any().Should().Be(!outcome.IsAgreed);
                GroupAwareConsensusRule.ScoreOf(context).Should().BeInRange(0, 1);
            }
        }, iter: Iterations);
}
