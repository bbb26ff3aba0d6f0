using System;
using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using static Wgec.Core.Tests.Consensus.ConsensusFixtures;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Validation, ordering and replacement of the records in the objection ledger.</summary>
public sealed class ObjectionLedgerContractTests
{
    private static readonly RecommendationId A1 = new("A-1");
    private static readonly RecommendationId A2 = new("A-2");
    private static readonly ParticipantId G1 = new("g1");
    private static readonly ParticipantId G2 = new("g2");
    private static readonly ParticipantId G3 = new("g3");

    private static ObjectionRecord Record(RecommendationId recommendation, int meeting, ParticipantId objector) => new(recommendation, meeting, objector, []);

    [Fact]
    public void Constructor_DuplicateObjection_IsRejectedSayingWhichAndWhere()
    {
        var act = () => new ObjectionLedger([Record(A1, 3, G1), Record(A1, 4, G1), Record(A1, 4, G1)]);
        var ex = act.Should().Throw<DomainValidationException>()
            .WithMessage("the objection by 'g1' to 'A-1' at meeting 4 is recorded twice.*")
            .WithParameterName("records").Which;
        ex.Rule.Should().Be("duplicate");
        ex.Location.Should().Be("records[2]");
    }

    [Fact]
    public void Records_AreSortedByRecommendationThenMeetingThenObjector()
    {
        var ledger = new ObjectionLedger([Record(A2, 1, G1), Record(A1, 2, G2), Record(A1, 2, G1), Record(A1, 1, G3)]);
        ledger.Records.Select(r => $"{r.Recommendation}@{r.Meeting}:{r.Objector}")
            .Should().Equal("A-1@1:g3", "A-1@2:g1", "A-1@2:g2", "A-2@1:g1");
    }

    [Fact]
    public void WithRecord_Null_IsRejectedNamingRecord()
    {
        var act = () => ObjectionLedger.Empty.WithRecord(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("record");
    }

    [Fact]
    public void WithRecord_ReplacesOnlyTheSameObjection_KeepingTheOthers()
    {
        var ledger = new ObjectionLedger([Record(A1, 4, G1), Record(A1, 3, G1), Record(A2, 4, G1), Record(A1, 4, G2)]);
        var withdrawn = Record(A1, 4, G1).PlusDisposition(new DispositionRecord(ObjectionDisposition.Withdrawn, G1, Now));

        var updated = ledger.WithRecord(withdrawn);

        updated.Records.Should().Equal(Record(A1, 3, G1), withdrawn, Record(A1, 4, G2), Record(A2, 4, G1));
        updated.DispositionOf(A1, 4, G1).Should().Be(ObjectionDisposition.Withdrawn);
    }
}
