using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Recommendations;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Recommendations;

public sealed class RecommendationJsonTests
{
    private static readonly Instant Day = Instant.FromUtc(2014, 2, 24, 10, 0);

    internal static Recommendation Sample() => new(
        new RecommendationId("C-1"),
        new GroupKey("C"),
        "Illustrative recommendation on the role of stakeholders",
        [
            new RecommendationVersion(1, "Illustrative text.", new ParticipantId("gov-1"), "act", "by means", ["CSTD", "IGF"], 1, [new RecommendationId("A-1")], [3, 1]),
            new RecommendationVersion(2, "Amended illustrative text.", new ParticipantId("cs-1")),
        ],
        new RecommendationHistory(
        [
            new LifecycleEvent(LifecycleEventKind.Drafted, Day, 3, new ParticipantId("gov-1")),
            new LifecycleEvent(LifecycleEventKind.Read, Day + Duration.FromHours(2), 3, new ParticipantId("chair")),
            new LifecycleEvent(LifecycleEventKind.OutcomeRecorded, Day + Duration.FromHours(3), 3, new ParticipantId("chair"), OutcomeKind.ToBeRevisited),
            new LifecycleEvent(LifecycleEventKind.Amended, Day + Duration.FromDays(60), 4, new ParticipantId("cs-1"), note: "version 2"),
        ]));

    [Fact]
    public void Recommendation_RoundTrips_AndStateIsRefolded()
    {
        var json = JsonAssert.RoundTrips(Sample());
        json.Should().NotContain("\"state\"");
        System.Text.Json.JsonSerializer.Deserialize<Recommendation>(json, Wgec.Core.Serialization.WgecJson.Options)!.State.Should().Be(RecommendationState.ToBeRevisited);
        JsonAssert.RoundTrips(Sample().History);
        JsonAssert.RoundTrips(Sample().Versions[0]);
        JsonAssert.RoundTrips(Sample().History.Events[2]);
    }

    [Fact]
    public void OpinionsAndAxes_RoundTrip()
    {
        foreach (var axis in Wgec2013Recommendations.DivergenceAxes)
        {
            JsonAssert.RoundTrips(axis);
        }

        var opinion = new Opinion(new GroupKey("B"), null, OpinionSource.Statement, [new ParticipantId("gov-2"), new ParticipantId("gov-1")], "a view", [new AxisPlacement("framework", -1)]);
        JsonAssert.RoundTrips(opinion);
        JsonAssert.RoundTrips(opinion.Placements[0]);
    }

    [Fact]
    public void Read_IllegalHistory_FailsNamingBothStates() =>
        JsonAssert.FailsToRead<RecommendationHistory>(
            "{\"events\":[{\"kind\":\"drafted\",\"at\":\"2014-02-24T10:00:00Z\",\"meeting\":3,\"actor\":\"g\"},{\"kind\":\"outcomeRecorded\",\"at\":\"2014-02-24T11:00:00Z\",\"meeting\":3,\"actor\":\"g\",\"outcome\":\"agreed\"}]}",
            "$.events[1]", "from draft to agreed");

    [Fact]
    public void Read_VersionsMisnumbered_FailsWithPath()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Sample(), Wgec.Core.Serialization.WgecJson.Options).Replace("\"number\":2", "\"number\":3");
        JsonAssert.FailsToRead<Recommendation>(json, "$.versions[1].number", "numbered 3, not 2");
    }
}
