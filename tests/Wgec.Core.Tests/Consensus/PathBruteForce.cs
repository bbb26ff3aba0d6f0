using System;
using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Tests.Consensus;

/// <summary>
/// The reference the path to consensus is checked against: every change set of up to three changes,
/// tried one by one. A change is one member taking another position that takes part (support,
/// reservation, no objection, abstention), or one objector's objection taking another disposition;
/// nobody is asked to leave or to raise an objection.
/// </summary>
internal static class PathBruteForce
{
    /// <summary>Member states by code: S support, R reservation, N no objection, A abstain, - absent, and objections O open, X sustained, D addressed, W withdrawn, C accommodated.</summary>
    public const string Codes = "SRNA-OXDWC";

    public static readonly Dictionary<string, StakeholderGroup> Groups = new()
    {
        ["g"] = StakeholderGroup.Governments,
        ["p"] = StakeholderGroup.PrivateSector,
        ["c"] = StakeholderGroup.CivilSociety,
        ["t"] = StakeholderGroup.TechnicalAndAcademic,
        ["i"] = StakeholderGroup.IntergovernmentalAndInternational,
    };

    /// <summary>A rule from its text form, through the default registry.</summary>
    public static IConsensusRule RuleOf(string text)
    {
        RuleDescriptor.TryParse(text, out var descriptor, out var error).Should().BeTrue(error);
        return ConsensusRuleRegistry.Default.Create(descriptor!);
    }

    /// <summary>Checks a path against the brute-force count; returns whether it was within the search (three changes).</summary>
    public static bool Matches(ConsensusPath path, int? fewest, string label)
    {
        if (path.IsReachable && path.Changes <= 3)
        {
            fewest.Should().Be(path.Changes, label);
            return true;
        }

        fewest.Should().BeNull(label);
        return false;
    }

    /// <summary>The alternatives a member may move to from <paramref name="code"/>.</summary>
    public static IEnumerable<char> Alternatives(char code) =>
        "SRNA".Concat(IsObjection(code) ? "OXDWC" : string.Empty).Where(c => c != code);

    public static bool IsObjection(char code) => "OXDWC".Contains(code);

    /// <summary>A roster of the members named by the ids (their first letter gives the group), all five groups declared.</summary>
    public static Roster RosterOf(IEnumerable<string> ids) =>
        new(Groups.Values, ids.Select(id => new RosterEntry(new ParticipantId(id), Groups[id.Substring(0, 1)], Standing.Member, "Name of " + id)));

    /// <summary>Positions and ledger records of one reading from member codes.</summary>
    public static (List<Position> Positions, List<ObjectionRecord> Records) Positions(RecommendationId rec, IReadOnlyList<string> ids, IReadOnlyList<char> codes)
    {
        var positions = new List<Position>();
        var records = new List<ObjectionRecord>();
        for (var i = 0; i < ids.Count; i++)
        {
            var id = new ParticipantId(ids[i]);
            var code = codes[i];
            positions.Add(code switch
            {
                'S' => Position.Support(id),
                'R' => Position.SupportWithReservation(id, "a reservation"),
                'N' => Position.NoObjection(id),
                'A' => Position.Abstain(id),
                '-' => Position.Absent(id),
                _ => Position.Objection(id, "a reason"),
            });
            ObjectionDisposition? d = code switch
            {
                'X' => ObjectionDisposition.Sustained,
                'D' => ObjectionDisposition.AddressedNotAccommodated,
                'W' => ObjectionDisposition.Withdrawn,
                'C' => ObjectionDisposition.Accommodated,
                _ => null,
            };
            if (d is { } disposition)
            {
                records.Add(new ObjectionRecord(rec, 4, id, [new DispositionRecord(disposition, ConsensusFixtures.Chair, ConsensusFixtures.Now, "an answer")]));
            }
        }

        return (positions, records);
    }

    /// <summary>The fewest changes (0–3) over the slots that make <paramref name="agreed"/> hold, or null when no set of up to three does.</summary>
    public static int? Fewest(char[] codes, Func<char[], bool> agreed, int max = 3)
    {
        var alternatives = codes.Select(c => Alternatives(c).ToArray()).ToArray();
        for (var size = 0; size <= max; size++)
        {
            if (Search(codes, alternatives, agreed, 0, size))
            {
                return size;
            }
        }

        return null;
    }

    private static bool Search(char[] codes, char[][] alternatives, Func<char[], bool> agreed, int from, int left)
    {
        if (left == 0)
        {
            return agreed(codes);
        }

        for (var i = from; i <= codes.Length - left; i++)
        {
            var original = codes[i];
            foreach (var alt in alternatives[i])
            {
                codes[i] = alt;
                var found = Search(codes, alternatives, agreed, i + 1, left - 1);
                codes[i] = original;
                if (found)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
