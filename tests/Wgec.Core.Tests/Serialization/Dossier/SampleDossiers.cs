using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Nodes;
using NodaTime;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;
using Wgec.Core.Serialization;
using Wgec.Core.Tests.Catalogue;
using Wgec.Core.Tests.Consultation;
using Wgec.Core.Tests.Process;
using Wgec.Core.Tests.Recommendations;
using CoreDossier = Wgec.Core.Dossier;

namespace Wgec.Core.Tests.Serialization.Dossier;

/// <summary>
/// Sample dossiers for the format contract: the embedded WGEC 2013 dossier (aggregates only) and a
/// richer hand-built one whose every section holds data — respondents and submissions, a
/// consolidation, recommendations with dependencies, readings, an objection ledger, a condition
/// (a double), opinions with axis placements (doubles) and other events. Invented test data.
/// </summary>
internal static class SampleDossiers
{
    private static readonly Instant Day = Instant.FromUtc(2014, 5, 2, 15, 0);
    private static readonly ParticipantId Chair = new("chair");

    public static CoreDossier Rich() => new(
        "A rich sample dossier (invented data, \"quoted\", ünïcødé, emoji 🌍, tab\tand <html> & 'quotes')",
        Wgec2013Process.Build(),
        SampleConsultation.Record(),
        Catalogue(),
        Wgec2013Catalogue.CorrespondenceGroup(),
        Deliberation(),
        [new TimelineEvent(new LocalDate(2014, 5, 16), TimelineEventKind.ExternalEvent, "CSTD 17 receives the report", [Wgec2013Recommendations.ChairsReport])]);

    public static string RichJson(bool indented = false) => DossierSerializer.ToJson(Rich(), indented);

    public static JsonObject RichNode() => (JsonObject)JsonNode.Parse(RichJson())!;

    /// <summary>A tree as JSON text, escaped exactly as the library writes (so texts compare byte for byte).</summary>
    public static string Text(JsonNode node) => node.ToJsonString(WgecJson.Options);

    private static IssueCatalogue Catalogue()
    {
        RawItemId Id(int n) => new($"i{n:00}");
        RawItem Item(int n, string text, string respondent, int question, StakeholderGroup group) =>
            new(Id(n), text, new ItemProvenance(new RespondentId(respondent), question, group, $"p. {n}"));
        var items = ImmutableArray.Create(
            Item(1, "Fair allocation of domain names", "r01", 2, StakeholderGroup.Governments),
            Item(2, "Who decides on new top-level domains", "r06", 2, StakeholderGroup.CivilSociety),
            Item(3, "Domain name allocation policy", "r04", 3, StakeholderGroup.PrivateSector),
            Item(4, "Cybercrime and the capacity to fight it", "r02", 4, StakeholderGroup.Governments),
            Item(5, "Privacy online", "r09", 4, StakeholderGroup.TechnicalAndAcademic),
            Item(6, "Domain names", "r10", 4, StakeholderGroup.IntergovernmentalAndInternational),
            Item(7, "Our organisation's history", "r07", 2, StakeholderGroup.CivilSociety));
        var operations = ImmutableArray.Create(
            ConsolidationOperation.Merge([Id(1), Id(2), Id(3)], 1, "Allocation of domain names", "Critical Internet Resources", new GroupKey("B")),
            ConsolidationOperation.Split(Id(4), [
                CatalogueIssue.Listed(2, "Combating cybercrime", "Cybercrime", new GroupKey("B"), [Id(4)]),
                CatalogueIssue.Listed(3, "Capacity building for IG", "Capacity building", new GroupKey("D"), [Id(4)]),
            ]),
            ConsolidationOperation.Keep(Id(5), 4, "Privacy and data protection", "Human rights", new GroupKey("B")),
            ConsolidationOperation.Discard([Id(6)], DiscardReason.Duplicate, "repeat i01"),
            ConsolidationOperation.Discard([Id(7)], DiscardReason.NotAPublicPolicyIssue));
        return IssueCatalogue.FromConsolidation(WorkedExample.Taxonomy, new Consolidation(items, operations), new DeclaredCounts(7, 4, new SourceReference("Sample count")));
    }

    private static Recommendation Rec(string id, int order, params string[] dependsOn) =>
        new(new RecommendationId(id), new GroupKey(id.Substring(0, 1)), "Sample recommendation " + id,
            [new RecommendationVersion(1, "Text of " + id, new ParticipantId("ms-switzerland"), "act", "by means", ["CSTD"], order,
                dependsOn.Select(d => new RecommendationId(d)), id.StartsWith('B') ? [1, 2] : null)],
            new RecommendationHistory(
            [
                new LifecycleEvent(LifecycleEventKind.Drafted, Day - Duration.FromDays(60), 3, new ParticipantId("ms-switzerland")),
                new LifecycleEvent(LifecycleEventKind.Read, Day, 4, Chair),
            ]));

    private static Reading ReadingOf(string id, params Position[] positions) => new(new RecommendationId(id), 4, false, positions);

    private static Deliberation Deliberation()
    {
        var recs = new[] { Rec("A-1", 1), Rec("A-2", 2, "A-1"), Rec("B-1", 1), Rec("C-1", 1), Rec("D-1", 1), Rec("E-1", 1) };
        var readings = new[]
        {
            ReadingOf("A-1", Position.Support(new("ms-switzerland")), Position.SupportWithReservation(new("ms-tunisia"), "subject to national law"), Position.Support(new("cs-01"))),
            ReadingOf("A-2", Position.Support(new("ms-switzerland")), Position.Objection(new("ps-01"), "a new body is not needed"), Position.Abstain(new("ta-01"))),
            ReadingOf("B-1", Position.NoObjection(new("io-01")), Position.Absent(new("ms-03"))),
        };
        var ledger = new ObjectionLedger(
        [
            new ObjectionRecord(new RecommendationId("A-2"), 4, new ParticipantId("ps-01"),
                [new DispositionRecord(ObjectionDisposition.AddressedNotAccommodated, Chair, Day + Duration.FromHours(1), "noted in the report")]),
        ]);
        var agreements = new AgreementStructure(
            [new RecommendationPackage("package D and E", [new RecommendationId("D-1"), new RecommendationId("E-1")])],
            [new ConditionalAgreement("A and B unlock C", [new RecommendationId("A-1"), new RecommendationId("B-1")], 0.5, [new RecommendationId("C-1")])]);
        var opinions = new[]
        {
            new Opinion(new GroupKey("A"), new RecommendationId("A-2"), OpinionSource.Objection, [new ParticipantId("ps-01")], "a new body is not needed",
                [new AxisPlacement("framework", 0.75), new AxisPlacement("approach", -0.125)]),
            new Opinion(new GroupKey("B"), null, OpinionSource.Statement, [new ParticipantId("cs-01"), new ParticipantId("ta-02")], "existing mechanisms should be mapped first"),
        };
        return new Deliberation(
            Wgec2013Recommendations.Groups, recs, readings, ledger, agreements, opinions,
            Wgec2013Recommendations.DivergenceAxes, Wgec2013Recommendations.FourthMeetingContributionCategories,
            ["Some agreement was reached.", "Further discussion is needed."], 1, [Wgec2013Recommendations.ChairsReport]);
    }
}
