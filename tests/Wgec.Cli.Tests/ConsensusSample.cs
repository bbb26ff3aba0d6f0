using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Wgec.Core;
using Wgec.Core.Consensus;
using Wgec.Core.Datasets;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;

namespace Wgec.Cli.Tests;

/// <summary>
/// The sample dossier with readings that the README's <c>wgec consensus --path</c> example runs on:
/// the WGEC 2013–2014 dossier with three hypothetical recommendations read at the fourth meeting.
/// The record holds no such readings; the objectors are unnamed seats given hypothetical labels.
/// </summary>
internal static class ConsensusSample
{
    public const string FileName = "consensus-readings.json";

    private static readonly Instant Day = Instant.FromUtc(2014, 2, 26, 15, 0);

    private static readonly Dictionary<string, string> Labels = new()
    {
        ["ms-03"] = "Country C",
        ["ps-02"] = "Business delegate 2",
        ["cs-04"] = "Civil society delegate 4",
    };

    public static Dossier Build()
    {
        var wgec = WgecDatasets.Wgec2013();
        var participants = wgec.Process.Composition.Participants
            .Select(p => Labels.TryGetValue(p.Id.Value, out var label) ? p.WithName(label) : p)
            .ToList();
        var process = wgec.Process.WithComposition(new Composition(wgec.Process.Composition.Policy, participants));
        var members = participants.Where(p => p.Decides).Select(p => p.Id).ToList();
        var chair = new ParticipantId("chair");

        Reading Read(string rec, params Position[] exceptions) => new(
            new RecommendationId(rec), 4, false,
            members.Select(m => exceptions.FirstOrDefault(e => e.Participant == m) ?? Position.Support(m)));

        var a1 = new RecommendationId("A-1");
        var b1 = new RecommendationId("B-1");
        var c1 = new RecommendationId("C-1");
        var readings = new[]
        {
            Read("A-1", Position.Objection(new("ms-03"), "a new body is not needed"), Position.Objection(new("ps-02"), "the text duplicates the IGF's role")),
            Read("B-1", Position.Objection(new("cs-04"), "the scope is unclear"), Position.Abstain(new("ta-01"))),
            Read("C-1"),
        };
        var ledger = new ObjectionLedger(
        [
            new ObjectionRecord(a1, 4, new("ms-03"),
            [
                new DispositionRecord(ObjectionDisposition.AddressedNotAccommodated, chair, Day, "existing mechanisms were discussed"),
                new DispositionRecord(ObjectionDisposition.Sustained, new("ms-03"), Day + Duration.FromMinutes(30)),
            ]),
            new ObjectionRecord(b1, 4, new("cs-04"), [new DispositionRecord(ObjectionDisposition.Withdrawn, new("cs-04"), Day + Duration.FromHours(1))]),
        ]);
        var agreements = new AgreementStructure([], [new ConditionalAgreement("agreement on A and B unlocks C", [a1, b1], 1, [c1])]);
        var old = wgec.Deliberation;
        var deliberation = new Deliberation(
            old.Groups, [Rec(a1, "A"), Rec(b1, "B"), Rec(c1, "C")], readings, ledger, agreements,
            old.Opinions, old.Axes, old.ContributionCategories, old.Conclusion, null, old.Sources);
        return new Dossier("Sample with hypothetical readings: " + wgec.Title, process, wgec.Consultation, wgec.Catalogue, wgec.CorrespondenceGroup, deliberation, wgec.OtherEvents);
    }

    /// <summary>The sample with a package of <paramref name="count"/> recommendations, each held back by an open objection.</summary>
    public static Dossier WithLargePackage(int count)
    {
        var sample = Build();
        var ids = Enumerable.Range(1, count).Select(i => new RecommendationId("A-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var members = sample.Process.Composition.Participants.Where(p => p.Decides).Select(p => p.Id).ToList();
        var readings = ids.Select(id => new Reading(id, 4, false, members.Select(m => m.Value == "ms-03" ? Position.Objection(m, "not yet") : Position.Support(m))));
        var old = sample.Deliberation;
        var deliberation = new Deliberation(
            old.Groups, ids.Select(id => Rec(id, "A")), readings, null, new AgreementStructure([new RecommendationPackage("everything", ids)], []),
            old.Opinions, old.Axes, old.ContributionCategories, old.Conclusion, null, old.Sources);
        return sample.WithDeliberation(deliberation);
    }

    private static Recommendation Rec(RecommendationId id, string group)
    {
        var proposer = new ParticipantId("ms-05");
        return new Recommendation(id, new GroupKey(group), "Hypothetical recommendation " + id,
            [new RecommendationVersion(1, "Hypothetical text of " + id, proposer)],
            new RecommendationHistory(
            [
                new LifecycleEvent(LifecycleEventKind.Drafted, Day - Duration.FromDays(30), 4, proposer),
                new LifecycleEvent(LifecycleEventKind.Read, Day, 4, new ParticipantId("chair")),
            ]));
    }
}
