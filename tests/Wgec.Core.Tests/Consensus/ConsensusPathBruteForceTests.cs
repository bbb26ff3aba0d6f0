using System;
using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using static Wgec.Core.Tests.Consensus.PathBruteForce;

namespace Wgec.Core.Tests.Consensus;

/// <summary>
/// The path to consensus is exact: on random rosters of up to eight members, its number of changes
/// equals the fewest a brute-force search over every change set of up to three finds, for every
/// built-in rule and compositions of them; and applying it agrees the reading.
/// </summary>
public sealed class ConsensusPathBruteForceTests
{
    private static readonly RecommendationId Rec = new("A-1");

    /// <summary>Random rosters per rule: 15 in CI (a few seconds in all), more with WGEC_PROPERTY_ITERATIONS.</summary>
    private static readonly int Scenarios = 15 * Properties.PropertyRun.Iterations / 1000;

    public static TheoryData<string> Rules() =>
    [
        "un-consensus",
        "un-consensus(quorum=0.8)",
        "multi-stakeholder",
        "multi-stakeholder(minimumSupporters=2)",
        "rough-consensus",
        "rough-consensus(maxSustainedShare=0.3, minWholeGroupSize=1, quorum=0.25)",
        "group-aware",
        "group-aware(threshold=0.02, countAbsentGroups=1, quorum=0)",
        "qualified-majority",
        "qualified-majority(share=1, quorum=0.75)",
        "all-of(un-consensus, qualified-majority(share=0.75))",
        "all-of(rough-consensus(maxSustainedShare=0.4), group-aware(threshold=0.2))",
        "any-of(un-consensus, group-aware(threshold=0.3))",
        "any-of(multi-stakeholder(minimumSupporters=2), all-of(qualified-majority, rough-consensus))",
        "all-of(group-aware(threshold=0.3), group-aware(threshold=0.03, countAbsentGroups=1, quorum=0))",
    ];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Path_EqualsTheFewestChangesOfABruteForceSearch(string ruleText)
    {
        var rule = RuleOf(ruleText);
        var random = new Random(ruleText.Length * 7919);
        var checkedWithin = 0;
        for (var scenario = 0; scenario < Scenarios; scenario++)
        {
            var size = random.Next(1, 9);
            var ids = Enumerable.Range(0, size).Select(i => "gpcti"[random.Next(random.Next(1, 6))] + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var roster = RosterOf(ids);
            var codes = ids.Select(_ => Codes[random.Next(Codes.Length)]).ToArray();
            // Positions and records built once per member and code: the search builds thousands of contexts.
            var cache = Enumerable.Range(0, size).Select(i => Codes.ToDictionary(c => c, c => Positions(Rec, [ids[i]], [c]))).ToArray();
            ConsensusContext ContextOf(char[] c) => new(
                new Reading(Rec, 4, false, c.Select((code, i) => cache[i][code].Positions[0])),
                roster,
                new ObjectionLedger(c.SelectMany((code, i) => cache[i][code].Records)));

            var context = ContextOf(codes);
            var path = ConsensusPath.Find(rule, context);
            var fewest = Fewest(codes, c => rule.Evaluate(ContextOf(c)).IsAgreed);
            var label = $"{ruleText} on {string.Join(" ", ids.Zip(codes, (i, c) => i + "=" + c))}: {path}";
            checkedWithin += Matches(path, fewest, label) ? 1 : 0;

            if (path.IsReachable)
            {
                rule.Evaluate(path.ApplyTo(context)).IsAgreed.Should().BeTrue(label);
            }
        }

        checkedWithin.Should().BeGreaterThanOrEqualTo(Scenarios / 5, "many random scenarios are within three changes");
    }
}
