using System;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using static Wgec.Core.Tests.Consensus.ConsensusFixtures;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Validation, copying and equality of a reading of one recommendation at one meeting.</summary>
public sealed class ReadingContractTests
{
    private static readonly ParticipantId G1 = new("g1");
    private static readonly ParticipantId G2 = new("g2");

    [Fact]
    public void Constructor_DefaultRecommendation_IsRejectedNamingRecommendation()
    {
        var act = () => new Reading(default, 4, false, [Position.Support(G1)]);
        act.Should().Throw<DomainValidationException>().WithMessage("a reading needs a recommendation id.*")
            .WithParameterName("recommendation").Which.Rule.Should().Be("required");
    }

    [Fact]
    public void WithPosition_Null_IsRejectedNamingPosition()
    {
        var reading = new Reading(Rec, 4, false, [Position.Support(G1)]);
        var act = () => reading.WithPosition(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("position");
    }

    [Fact]
    public void WithPosition_ReplacesOnlyThatParticipantsPosition()
    {
        var reading = new Reading(Rec, 4, false, [Position.Support(G1), Position.Abstain(G2)]);
        reading.WithPosition(Position.Objection(G1, "reason")).Should().Be(new Reading(Rec, 4, false, [Position.Abstain(G2), Position.Objection(G1, "reason")]));
    }

    public static TheoryData<Reading> OneMemberDiffers() => new()
    {
        new Reading(new RecommendationId("A-2"), 4, false, [Position.Support(G1)]),
        new Reading(Rec, 5, false, [Position.Support(G1)]),
        new Reading(Rec, 4, true, [Position.Support(G1)]),
        new Reading(Rec, 4, false, [Position.NoObjection(G1)]),
    };

    [Theory]
    [MemberData(nameof(OneMemberDiffers))]
    public void Equals_DifferingInExactlyOneMember_IsFalse(Reading other)
    {
        var reading = new Reading(Rec, 4, false, [Position.Support(G1)]);
        EqualityAssert.Contract(reading, new Reading(Rec, 4, false, [Position.Support(G1)]), other);
    }
}
