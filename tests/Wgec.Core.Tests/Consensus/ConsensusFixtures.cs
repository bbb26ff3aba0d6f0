using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>
/// A small roster and a compact notation for table-driven rule tests, plus generators of random
/// readings for the property tests.
/// </summary>
internal static class ConsensusFixtures
{
    public static readonly RecommendationId Rec = new("A-1");
    public static readonly ParticipantId Chair = new("chair");
    public static readonly Instant Now = Instant.FromUtc(2014, 5, 2, 12, 0);

    public static readonly StakeholderGroup[] AllGroups = Enum.GetValues<StakeholderGroup>();

    /// <summary>g1, g2 governments; p1 private sector; c1 civil society; t1 technical; i1 intergovernmental; o1 a civil-society observer; the chair.</summary>
    public static readonly Roster Roster = new(AllGroups,
    [
        new RosterEntry(new("g1"), StakeholderGroup.Governments, Standing.Member),
        new RosterEntry(new("g2"), StakeholderGroup.Governments, Standing.Member),
        new RosterEntry(new("p1"), StakeholderGroup.PrivateSector, Standing.Member),
        new RosterEntry(new("c1"), StakeholderGroup.CivilSociety, Standing.Member),
        new RosterEntry(new("t1"), StakeholderGroup.TechnicalAndAcademic, Standing.SubgroupCoordinator),
        new RosterEntry(new("i1"), StakeholderGroup.IntergovernmentalAndInternational, Standing.Member),
        new RosterEntry(new("o1"), StakeholderGroup.CivilSociety, Standing.Observer),
        new RosterEntry(Chair, StakeholderGroup.Governments, Standing.Chair),
    ]);

    /// <summary>
    /// Builds a context from "g1=S g2=O …": S support, R reservation, N no objection, A abstain,
    /// O open objection, X sustained, W withdrawn, D addressed not accommodated, C accommodated, - absent.
    /// Participants not named are absent.
    /// </summary>
    public static ConsensusContext Context(string notation, bool isFinal = false, Roster? roster = null)
    {
        var positions = new List<Position>();
        var records = new List<ObjectionRecord>();
        foreach (var token in notation.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = token.Split('=');
            var id = new ParticipantId(parts[0]);
            var code = parts[1][0];
            positions.Add(code switch
            {
                'S' => Position.Support(id),
                'R' => Position.SupportWithReservation(id, "reservation of " + id),
                'N' => Position.NoObjection(id),
                'A' => Position.Abstain(id),
                '-' => Position.Absent(id),
                _ => Position.Objection(id, "reason of " + id),
            });
            var disposition = code switch
            {
                'X' => ObjectionDisposition.Sustained,
                'W' => ObjectionDisposition.Withdrawn,
                'D' => ObjectionDisposition.AddressedNotAccommodated,
                'C' => ObjectionDisposition.Accommodated,
                _ => (ObjectionDisposition?)null,
            };
            if (disposition is { } d)
            {
                records.Add(new ObjectionRecord(Rec, 4, id, [new DispositionRecord(d, d == ObjectionDisposition.Withdrawn ? id : Chair, Now, d is ObjectionDisposition.Accommodated or ObjectionDisposition.AddressedNotAccommodated ? "answer" : null)]));
            }
        }

        return new ConsensusContext(new Reading(Rec, 4, isFinal, positions), roster ?? Roster, new ObjectionLedger(records));
    }

    /// <summary>The kinds of the blocking findings, in order, joined by commas.</summary>
    public static string Blocking(ConsensusOutcome outcome) => string.Join(",", outcome.BlockingFindings.Select(f => f.Kind));

    public static IConsensusRule[] AllRules() =>
    [
        new UnConsensusRule(),
        new MultiStakeholderConsensusRule(),
        new RoughConsensusRule(0.2),
        new GroupAwareConsensusRule(0.05),
        new QualifiedMajorityRule(),
        new AllOfRule([new UnConsensusRule(), new GroupAwareConsensusRule(0.05)]),
        new AnyOfRule([new UnConsensusRule(), new QualifiedMajorityRule()]),
    ];

    private static readonly string Codes = "SRNAOXWDC-";

    /// <summary>A random roster of 1–12 participants (all groups declared), with random standings.</summary>
    public static readonly Gen<Roster> GenRoster =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 3]).Array[1, 12].Select(people => new Roster(AllGroups, people.Select((p, i) => new RosterEntry(
            new ParticipantId("p" + i), (StakeholderGroup)p.Item1, p.Item2 switch { 0 => Standing.Member, 1 => Standing.Observer, 2 => Standing.SubgroupCoordinator, _ => Standing.Chair })).ToList()));

    /// <summary>A random scenario: a roster, a notation for it, and whether the reading is final.</summary>
    public static readonly Gen<(Roster Roster, string Notation, bool Final)> GenScenario =
        from roster in GenRoster
        from codes in Gen.Int[0, Codes.Length - 1].Array[roster.Entries.Length]
        from final in Gen.Bool
        select (roster, string.Join(" ", roster.Entries.Select((e, i) => e.Participant + "=" + Codes[codes[i]])), final);
}
