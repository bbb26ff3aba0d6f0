using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using static Wgec.Core.Tests.Consensus.ConsensusFixtures;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>Equality of a deciding member's position as a context derives it from roster, reading and ledger.</summary>
public sealed class MemberPositionContractTests
{
    private static readonly ParticipantId G1 = new("g1");

    /// <summary>
    /// g1 alone on a roster, with one position: S support, N no objection, O open objection, X sustained objection.
    /// </summary>
    private static MemberPosition Member(string code, string? text, Standing standing)
    {
        var roster = new Roster(AllGroups, [new RosterEntry(G1, StakeholderGroup.Governments, standing)]);
        var kind = code switch
        {
            "S" => PositionKind.Support,
            "N" => PositionKind.NoObjection,
            _ => PositionKind.Objection,
        };
        var records = new List<ObjectionRecord>();
        if (code == "X")
        {
            records.Add(new ObjectionRecord(Rec, 4, G1, [new DispositionRecord(ObjectionDisposition.Sustained, Chair, Now)]));
        }

        var context = new ConsensusContext(new Reading(Rec, 4, false, [new Position(G1, kind, text)]), roster, new ObjectionLedger(records));
        return context.Members.Single();
    }

    [Theory]
    [InlineData("S", null, Standing.Member)]
    [InlineData("O", "reason", Standing.Member)]
    [InlineData("X", "reason", Standing.SubgroupCoordinator)]
    public void Equals_SameEntryPositionAndDisposition_IsTrueWithEqualHashCodes(string code, string? text, Standing standing)
    {
        var left = Member(code, text, standing);
        var right = Member(code, text, standing);
        EqualityAssert.Contract(left, right);
    }

    [Theory]
    [InlineData("S", null, Standing.Member, "N", null, Standing.Member)]
    [InlineData("O", "reason", Standing.Member, "X", "reason", Standing.Member)]
    [InlineData("S", null, Standing.Member, "S", null, Standing.SubgroupCoordinator)]
    [InlineData("O", "reason one", Standing.Member, "O", "reason two", Standing.Member)]
    public void Equals_DifferingInExactlyOneMember_IsFalse(string leftCode, string? leftText, Standing leftStanding, string rightCode, string? rightText, Standing rightStanding)
    {
        var left = Member(leftCode, leftText, leftStanding);
        var right = Member(rightCode, rightText, rightStanding);
        EqualityAssert.Differ(left, right);
    }

    [Fact]
    public void Disposition_OfASustainedObjection_IsTakenFromTheLedger()
    {
        var member = Member("X", "reason", Standing.Member);
        member.Disposition.Should().Be(ObjectionDisposition.Sustained);
        member.HoldsBlockingObjection.Should().BeTrue();
    }
}
