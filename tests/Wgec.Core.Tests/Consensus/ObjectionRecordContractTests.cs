using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using static Wgec.Core.Tests.Consensus.ConsensusFixtures;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Validation and equality of an objection with its chronological dispositions.</summary>
public sealed class ObjectionRecordContractTests
{
    private static readonly ParticipantId G1 = new("g1");
    private static readonly ParticipantId G2 = new("g2");
    private static readonly DispositionRecord Sustained = new(ObjectionDisposition.Sustained, Chair, Now);

    [Theory]
    [InlineData("", "g1", "recommendation")]
    [InlineData("", "", "recommendation")]
    [InlineData("A-1", "", "objector")]
    public void Constructor_DefaultId_IsRejectedNamingTheMissingOne(string recommendation, string objector, string parameter)
    {
        var rec = recommendation.Length == 0 ? default : new RecommendationId(recommendation);
        var who = objector.Length == 0 ? default : new ParticipantId(objector);
        var act = () => new ObjectionRecord(rec, 4, who, []);
        act.Should().Throw<DomainValidationException>().WithMessage("an objection record needs a recommendation and an objector.*")
            .WithParameterName(parameter).Which.Rule.Should().Be("required");
    }

    [Fact]
    public void Constructor_TwoDispositionsAtTheSameInstant_AreAcceptedInGivenOrder()
    {
        var withdrawn = new DispositionRecord(ObjectionDisposition.Withdrawn, G1, Now);
        var record = new ObjectionRecord(Rec, 4, G1, [Sustained, withdrawn]);
        record.Dispositions.Should().Equal(Sustained, withdrawn);
        record.Current.Should().Be(ObjectionDisposition.Withdrawn);
    }

    public static TheoryData<ObjectionRecord> OneMemberDiffers() => new()
    {
        new ObjectionRecord(new RecommendationId("A-2"), 4, G1, [Sustained]),
        new ObjectionRecord(Rec, 5, G1, [Sustained]),
        new ObjectionRecord(Rec, 4, G2, [Sustained]),
        new ObjectionRecord(Rec, 4, G1, [new DispositionRecord(ObjectionDisposition.Sustained, Chair, Now + Duration.FromMinutes(1))]),
        new ObjectionRecord(Rec, 4, G1, []),
    };

    [Theory]
    [MemberData(nameof(OneMemberDiffers))]
    public void Equals_DifferingInExactlyOneMember_IsFalse(ObjectionRecord other)
    {
        var record = new ObjectionRecord(Rec, 4, G1, [Sustained]);
        EqualityAssert.Contract(record, new ObjectionRecord(Rec, 4, G1, [Sustained]), other);
    }

    [Fact]
    public void Equals_SameContent_IsTrueWithEqualHashCodes()
    {
        var left = new ObjectionRecord(Rec, 4, G1, [Sustained]);
        var right = new ObjectionRecord(new RecommendationId("A-1"), 4, new ParticipantId("g1"), [new DispositionRecord(ObjectionDisposition.Sustained, Chair, Now)]);
        EqualityAssert.Contract(left, right);
    }
}
