using System;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

public sealed class ConsensusContextContractTests
{
    private static readonly RecommendationId Rec = ConsensusFixtures.Rec;

    private static Reading ReadingOf(params Position[] positions) => new(Rec, 4, false, positions);

    private static ObjectionLedger LedgerWithSustainedObjectionOf(string participant) =>
        new([new ObjectionRecord(Rec, 4, new ParticipantId(participant), [new DispositionRecord(ObjectionDisposition.Sustained, ConsensusFixtures.Chair, ConsensusFixtures.Now)])]);

    [Fact]
    public void Constructor_NullReading_IsRejectedNamingReading()
    {
        var act = () => new ConsensusContext(null!, ConsensusFixtures.Roster);
        act.Should().Throw<ArgumentNullException>().WithParameterName("reading");
    }

    [Fact]
    public void Constructor_NullRoster_IsRejectedNamingRoster()
    {
        var act = () => new ConsensusContext(ReadingOf(Position.Support(new("g1"))), null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("roster");
    }

    [Fact]
    public void Constructor_PositionOfSomeoneOffTheRoster_IsRejectedNamingThemAndTheRecommendation()
    {
        var act = () => new ConsensusContext(ReadingOf(Position.Support(new("g1")), Position.Support(new("zz"))), ConsensusFixtures.Roster);
        var ex = act.Should().Throw<DomainValidationException>().WithParameterName("reading").Which;
        ex.Rule.Should().Be("unknown-participant");
        ex.Location.Should().Be("positions[1].participant");
        ex.Message.Should().StartWith("participant 'zz' has a position on 'A-1' but is not on the roster.");
    }

    [Theory]
    [InlineData("same", true)]
    [InlineData("reading", false)]
    [InlineData("roster", false)]
    [InlineData("ledger", false)]
    public void Equals_DiffersInExactlyOneMember(string member, bool expected)
    {
        var reading = ReadingOf(Position.Support(new("g1")), Position.Objection(new("c1"), "too broad"));
        var original = new ConsensusContext(reading, ConsensusFixtures.Roster, LedgerWithSustainedObjectionOf("c1"));
        var other = member switch
        {
            "same" => new ConsensusContext(ReadingOf(Position.Objection(new("c1"), "too broad"), Position.Support(new("g1"))), ConsensusFixtures.Roster, LedgerWithSustainedObjectionOf("c1")),
            "reading" => new ConsensusContext(reading.WithPosition(Position.Support(new("p1"))), ConsensusFixtures.Roster, LedgerWithSustainedObjectionOf("c1")),
            "roster" => new ConsensusContext(reading, ConsensusFixtures.Roster.PlusEntry(new RosterEntry(new("p2"), StakeholderGroup.PrivateSector, Standing.Member)), LedgerWithSustainedObjectionOf("c1")),
            _ => new ConsensusContext(reading, ConsensusFixtures.Roster),
        };
        if (expected)
        {
            EqualityAssert.Contract(original, other);
        }
        else
        {
            EqualityAssert.Contract(original, new ConsensusContext(reading, ConsensusFixtures.Roster, LedgerWithSustainedObjectionOf("c1")), other);
        }
    }
}
