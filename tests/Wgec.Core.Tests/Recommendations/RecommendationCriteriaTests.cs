using System.Linq;
using NodaTime;
using Wgec.Core.Identifiers;
using Wgec.Core.Recommendations;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Recommendations;

public sealed class RecommendationCriteriaTests
{
    private static Recommendation Rec(string id, int? order, string[] dependsOn, bool full = true) =>
        new(new RecommendationId(id), new GroupKey(id.Substring(0, 1)), "Title " + id,
            [new RecommendationVersion(1, "Text " + id, new ParticipantId("gov-1"), full ? "act" : null, full ? "means" : null, full ? ["CSTD"] : [], order, dependsOn.Select(d => new RecommendationId(d)))],
            new RecommendationHistory([new LifecycleEvent(LifecycleEventKind.Drafted, Instant.FromUtc(2013, 11, 6, 9, 0), 2, new ParticipantId("gov-1"))]));

    [Fact]
    public void Check_SequencedAndImplementable_FindsNothing() =>
        RecommendationCriteria.Check([Rec("A-1", 1, []), Rec("A-2", 2, ["A-1"]), Rec("C-1", 1, ["A-2"])]).Should().BeEmpty();

    [Fact]
    public void Check_ReportsEveryShortfallWithItsRule()
    {
        var findings = RecommendationCriteria.Check([Rec("A-1", 2, ["A-2"]), Rec("A-2", 1, ["A-1"]), Rec("B-1", null, ["Z-9"], full: false)]);
        findings.Select(f => $"{f.Recommendation}:{f.Rule}").Should().Equal(
            "A-1:dependency-cycle",
            "A-2:dependency-not-earlier", "A-2:dependency-cycle",
            "B-1:not-sequenced", "B-1:unknown-dependency", "B-1:missing-what", "B-1:missing-how", "B-1:missing-who");
        findings[0].Criterion.Should().Be(ChairCriterion.Sequenced);
        findings[^1].Criterion.Should().Be(ChairCriterion.Implementable);
        JsonAssert.RoundTrips(findings[0]);
    }

    [Fact]
    public void Check_DuplicateIds_Throws()
    {
        var act = () => RecommendationCriteria.Check([Rec("A-1", 1, []), Rec("A-1", 2, [])]);
        act.Should().Throw<DomainValidationException>().Which.Location.Should().Be("recommendations[1]");
    }

    [Fact]
    public void Version_StatesWhatHowWho_AndSequence()
    {
        var v = Rec("A-1", 1, []).Current;
        v.StatesWhatHowWho.Should().BeTrue();
        v.IsSequenced.Should().BeTrue();
        Rec("A-1", null, [], full: false).Current.StatesWhatHowWho.Should().BeFalse();
    }
}
