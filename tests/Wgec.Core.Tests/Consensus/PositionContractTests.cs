using System.ComponentModel;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using static Wgec.Core.Tests.Consensus.ConsensusFixtures;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Validation, equality and text form of a participant's position at a reading.</summary>
public sealed class PositionContractTests
{
    private static readonly ParticipantId G1 = new("g1");
    private static readonly ParticipantId G2 = new("g2");

    [Fact]
    public void Constructor_DefaultParticipant_IsRejectedNamingParticipant()
    {
        var act = () => new Position(default, PositionKind.Support);
        act.Should().Throw<DomainValidationException>().WithMessage("*needs a participant id*")
            .WithParameterName("participant").Which.Rule.Should().Be("required");
    }

    [Fact]
    public void Constructor_UndefinedKind_IsRejectedNamingKind()
    {
        var act = () => new Position(G1, (PositionKind)99);
        act.Should().Throw<InvalidEnumArgumentException>().WithParameterName("kind");
    }

    [Fact]
    public void Constructor_TextOfExactlyMaxLength_IsAccepted() =>
        new Position(G1, PositionKind.Support, new string('x', Position.MaxTextLength)).Text.Should().HaveLength(Position.MaxTextLength);

    [Theory]
    [InlineData(PositionKind.Support, ' ', 1)]
    [InlineData(PositionKind.NoObjection, '\t', 3)]
    [InlineData(PositionKind.Support, 'x', Position.MaxTextLength + 1)]
    [InlineData(PositionKind.Objection, 'x', Position.MaxTextLength + 1)]
    public void Constructor_BlankOrTooLongText_IsRejectedNamingText(PositionKind kind, char fill, int length)
    {
        var act = () => new Position(G1, kind, new string(fill, length));
        act.Should().Throw<DomainValidationException>().WithMessage("a position text must be 1–4000 characters and not blank (participant 'g1').*")
            .WithParameterName("text").Which.Rule.Should().Be("invalid-text");
    }

    [Fact]
    public void Equals_SameContentAfterTrimming_IsTrueWithEqualHashCodes()
    {
        var left = new Position(G1, PositionKind.Support, " as drafted ");
        var right = new Position(G1, PositionKind.Support, "as drafted");
        EqualityAssert.Contract(left, right);
    }

    public static TheoryData<Position, Position> OneMemberDiffers() => new()
    {
        { Position.Support(G1), Position.Support(G2) },
        { Position.Support(G1), Position.NoObjection(G1) },
        { new Position(G1, PositionKind.Abstain, "no instructions"), new Position(G1, PositionKind.Abstain, "no mandate") },
        { Position.Objection(G1, "reason"), Position.Objection(G1, "Reason") },
        { Position.Absent(G1), new Position(G1, PositionKind.Absent, "travelling") },
    };

    [Theory]
    [MemberData(nameof(OneMemberDiffers))]
    public void Equals_DifferingInExactlyOneMember_IsFalse(Position left, Position right)
    {
        EqualityAssert.Differ(left, right);
    }

    [Theory]
    [InlineData(PositionKind.Support, null, "g1: support")]
    [InlineData(PositionKind.Absent, null, "g1: absent")]
    [InlineData(PositionKind.Objection, "undermines the mandate", "g1: objection (undermines the mandate)")]
    [InlineData(PositionKind.SupportWithReservation, " on paragraph 3 ", "g1: support with reservation (on paragraph 3)")]
    public void ToString_ShowsParticipantKindAndTextWhenAny(PositionKind kind, string? text, string expected) =>
        new Position(G1, kind, text).ToString().Should().Be(expected);

    [Fact]
    public void ToString_OfTheFixtureObjection_ReadsAsInTheDocs() =>
        Context("g1=O").Reading.Positions[0].ToString().Should().Be("g1: objection (reason of g1)");
}
