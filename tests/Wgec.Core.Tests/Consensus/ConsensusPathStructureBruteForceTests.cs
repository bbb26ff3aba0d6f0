using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Recommendations;
using static Wgec.Core.Tests.Consensus.PathBruteForce;

namespace Wgec.Core.Tests.Consensus;

/// <summary>
/// Through packages and conditions the path is exact too: on random deliberations of three
/// recommendations and small rosters, its number of changes equals the fewest a brute-force search
/// over every change set of up to three, on every reading, finds.
/// </summary>
public sealed class ConsensusPathStructureBruteForceTests
{
    private static readonly RecommendationId A1 = new("A-1");
    private static readonly RecommendationId B1 = new("B-1");
    private static readonly RecommendationId C1 = new("C-1");
    private static readonly RecommendationId[] Recs = [A1, B1, C1];
    private static readonly int Scenarios = 8 * Properties.PropertyRun.Iterations / 1000;

    public static TheoryData<string> Rules() =>
    [
        "un-consensus",
        "rough-consensus(maxSustainedShare=0.4)",
        "qualified-majority",
        "all-of(un-consensus, group-aware(threshold=0.2))",
        "any-of(multi-stakeholder, qualified-majority(share=0.75))",
    ];

    private static AgreementStructure Structure(int kind) => kind switch
    {
        0 => new AgreementStructure([new RecommendationPackage("A and B", [A1, B1])], []),
        1 => new AgreementStructure([], [new ConditionalAgreement("A or B unlocks C", [A1, B1], 0.5, [C1])]),
        2 => new AgreementStructure([], [new ConditionalAgreement("A and B unlock C", [A1, B1], 1, [C1])]),
        _ => new AgreementStructure([new RecommendationPackage("B and C", [B1, C1])], [new ConditionalAgreement("A unlocks C", [A1], 1, [C1])]),
    };

    private static Recommendation Rec(RecommendationId id)
    {
        var author = new ParticipantId("g0");
        var at = Instant.FromUtc(2014, 2, 24, 10, 0);
        return new Recommendation(id, new GroupKey(id.Value.Substring(0, 1)), "Recommendation " + id, [new RecommendationVersion(1, "Text of " + id, author)],
            new RecommendationHistory([new LifecycleEvent(LifecycleEventKind.Drafted, at, 1, author)]));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void PathTo_ThroughPackagesAndConditions_EqualsTheFewestChangesOfABruteForceSearch(string ruleText)
    {
        var rule = RuleOf(ruleText);
        var random = new Random(ruleText.Length * 104729);
        var within = 0;
        for (var scenario = 0; scenario < Scenarios; scenario++)
        {
            var size = random.Next(2, 4);
            var ids = Enumerable.Range(0, size).Select(i => "gpc"[random.Next(3)] + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var roster = RosterOf(ids);
            var structure = Structure(random.Next(4));
            var target = structure.Conditions.IsEmpty ? A1 : C1;
            var unread = random.Next(6) == 0 ? Recs[random.Next(3)] : (RecommendationId?)null;
            var read = Recs.Where(r => r != unread).ToList();
            var codes = read.SelectMany(_ => ids.Select(_ => Codes[random.Next(Codes.Length)])).ToArray();

            List<Reading> ReadingsOf(char[] c, out List<ObjectionRecord> records)
            {
                records = [];
                var readings = new List<Reading>();
                for (var r = 0; r < read.Count; r++)
                {
                    var (positions, recs) = Positions(read[r], ids, c.Skip(r * size).Take(size).ToList());
                    readings.Add(new Reading(read[r], 4, false, positions));
                    records.AddRange(recs);
                }

                return readings;
            }

            var memo = new Dictionary<string, bool>();
            bool Agreed(char[] c)
            {
                var alone = new List<RecommendationId>();
                for (var r = 0; r < read.Count; r++)
                {
                    var key = read[r] + new string(c, r * size, size);
                    if (!memo.TryGetValue(key, out var agreed))
                    {
                        var (positions, records) = Positions(read[r], ids, c.Skip(r * size).Take(size).ToList());
                        agreed = memo[key] = rule.Evaluate(new ConsensusContext(new Reading(read[r], 4, false, positions), roster, new ObjectionLedger(records))).IsAgreed;
                    }

                    if (agreed)
                    {
                        alone.Add(read[r]);
                    }
                }

                return structure.AgreedAfter(alone).Contains(target);
            }

            var readings = ReadingsOf(codes, out var ledgerRecords);
            var deliberation = new Deliberation([], Recs.Select(Rec), readings, new ObjectionLedger(ledgerRecords), structure);
            var path = deliberation.PathTo(target, rule, roster);
            var fewest = Fewest(codes, Agreed);
            var label = $"{ruleText}, structure {structure.Packages.Length}p/{structure.Conditions.Length}c, unread {unread}, codes {new string(codes)}: {path}";
            within += Matches(path, fewest, label) ? 1 : 0;

            if (path.IsReachable)
            {
                var agreedAlone = read.Where(r => rule.Evaluate(path.ApplyTo(new ConsensusContext(readings.Single(x => x.Recommendation == r), roster, deliberation.Ledger))).IsAgreed);
                structure.AgreedAfter(agreedAlone).Should().Contain(target, label);
            }
        }

        within.Should().BePositive("some random deliberations are within three changes");
    }
}
