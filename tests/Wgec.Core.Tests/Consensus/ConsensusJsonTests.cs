using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Tests.Serialization;
using static Wgec.Core.Tests.Consensus.ConsensusFixtures;

namespace Wgec.Core.Tests.Consensus;

public sealed class ConsensusJsonTests
{
    private static readonly ConsensusContext Sample = Context("g1=S g2=R p1=X c1=D t1=O i1=- o1=N", isFinal: true);

    [Fact]
    public void Reading_Roster_Ledger_RoundTrip()
    {
        JsonAssert.RoundTrips(Sample.Reading);
        JsonAssert.RoundTrips(Sample.Roster);
        JsonAssert.RoundTrips(Sample.Ledger);
        JsonAssert.RoundTrips(Sample.Ledger.Records[0]);
        JsonAssert.RoundTrips(Sample.Reading.Positions[0]);
        JsonAssert.RoundTrips(Sample.Roster.Entries[0]);
        JsonAssert.RoundTrips(Sample.Ledger.Records[0].Dispositions[0]);
    }

    [Fact]
    public void NamedRosterEntry_AndAFindingWithEveryFigure_RoundTrip()
    {
        JsonAssert.RoundTrips(new RosterEntry(new("br"), Wgec.Core.Process.StakeholderGroup.Governments, Wgec.Core.Process.Standing.Member, "Brazil"));
        var finding = new Finding(FindingKind.MajorityNotReached, true, "qualified-majority", new ParticipantId("br"), Wgec.Core.Process.StakeholderGroup.Governments,
            actual: 27, required: 28, basis: 42, share: 2.0 / 3, participantName: "Brazil");
        JsonAssert.RoundTrips(finding);
    }

    [Fact]
    public void EveryRuleOutcome_RoundTrips()
    {
        foreach (var rule in AllRules())
        {
            var outcome = rule.Evaluate(Sample);
            JsonAssert.RoundTrips(outcome);
            JsonAssert.RoundTrips(rule.Descriptor);
            foreach (var finding in outcome.Findings)
            {
                JsonAssert.RoundTrips(finding);
            }
        }
    }

    [Fact]
    public void BuiltInRules_RoundTripByRegistryNameAndParameters()
    {
        JsonAssert.RoundTrips(new UnConsensusRule(0.6)).Should().Be("{\"name\":\"un-consensus\",\"parameters\":{\"quorum\":0.6}}");
        JsonAssert.RoundTrips(new MultiStakeholderConsensusRule(0.5, 2));
        JsonAssert.RoundTrips(new RoughConsensusRule(0.2));
        JsonAssert.RoundTrips(new GroupAwareConsensusRule(0.3));
        JsonAssert.RoundTrips(new QualifiedMajorityRule(0.75));
        JsonAssert.RoundTrips(new AllOfRule([new UnConsensusRule(), new GroupAwareConsensusRule()]));
        JsonAssert.RoundTrips(new AnyOfRule([new UnConsensusRule(), new QualifiedMajorityRule()]));
    }

    [Fact]
    public void PackagesAndConditions_RoundTrip()
    {
        JsonAssert.RoundTrips(new RecommendationPackage("D", [new RecommendationId("D-2"), new RecommendationId("D-1")]));
        JsonAssert.RoundTrips(new ConditionalAgreement("AB", [new RecommendationId("A-1")], 0.5, [new RecommendationId("C-1")]));
    }

    [Fact]
    public void Read_UnknownRule_FailsWithPath() =>
        JsonAssert.FailsToRead<UnConsensusRule>("{\"name\":\"majority-vote\"}", "$.name", "no consensus rule is named 'majority-vote'");

    [Fact]
    public void Read_UnknownParameter_FailsWithPath() =>
        JsonAssert.FailsToRead<UnConsensusRule>("{\"name\":\"un-consensus\",\"parameters\":{\"share\":0.5}}", "$.parameters.share", "has no parameter 'share'");

    [Fact]
    public void Read_ObjectionWithoutReason_FailsWithPath() =>
        JsonAssert.FailsToRead<Reading>("{\"recommendation\":\"A-1\",\"meeting\":4,\"isFinal\":false,\"positions\":[{\"participant\":\"g1\",\"kind\":\"objection\"}]}", "$.positions[0].text", "an objection needs its reason");

    [Fact]
    public void Read_AgreedOutcomeWithBlockingFinding_Fails() =>
        JsonAssert.FailsToRead<ConsensusOutcome>("{\"recommendation\":\"A-1\",\"meeting\":4,\"finalReading\":false,\"kind\":\"agreed\",\"rule\":\"un-consensus\",\"findings\":[{\"kind\":\"quorumNotMet\",\"blocking\":true,\"rule\":\"un-consensus\"}]}", "$.findings", "cannot be agreed while a finding blocks it");
    [Fact]
    public void ContextAndStructure_RoundTrip()
    {
        JsonAssert.RoundTrips(Sample);
        JsonAssert.RoundTrips(new AgreementStructure(
            [new RecommendationPackage("D", [new RecommendationId("D-2"), new RecommendationId("D-1")])],
            [new ConditionalAgreement("AB", [new RecommendationId("A-1")], 0.5, [new RecommendationId("C-1")])]));
    }
}
