using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;
using Wgec.Core.Reporting;
using Wgec.Core.Tests.Recommendations;

namespace Wgec.Core.Tests.Reporting;

/// <summary>
/// A worked example of the 4th meeting (illustrative recommendations, not the real drafts): some of
/// A and B is agreed, so the majority of C, D and E is unlocked; without A and B nothing of C, D, E is.
/// </summary>
public sealed class FourthMeetingWorkedExampleTests
{
    private static readonly Instant Day = Instant.FromUtc(2014, 5, 2, 15, 0);
    private static readonly ParticipantId Chair = new("chair");

    private static readonly Roster Roster = new(Wgec.Core.Tests.Consensus.ConsensusFixtures.AllGroups,
    [
        new RosterEntry(new("gov-1"), StakeholderGroup.Governments, Standing.Member),
        new RosterEntry(new("gov-2"), StakeholderGroup.Governments, Standing.Member),
        new RosterEntry(new("bus-1"), StakeholderGroup.PrivateSector, Standing.Member),
        new RosterEntry(new("cs-1"), StakeholderGroup.CivilSociety, Standing.Member),
        new RosterEntry(new("tech-1"), StakeholderGroup.TechnicalAndAcademic, Standing.Member),
        new RosterEntry(new("igo-1"), StakeholderGroup.IntergovernmentalAndInternational, Standing.Member),
        new RosterEntry(Chair, StakeholderGroup.Governments, Standing.Chair),
    ]);

    private static Recommendation Rec(string id, int order) =>
        new(new RecommendationId(id), new GroupKey(id.Substring(0, 1)), "Illustrative recommendation " + id,
            [new RecommendationVersion(1, "Illustrative text of " + id, new ParticipantId("gov-1"), "act", "by means", ["CSTD"], order)],
            new RecommendationHistory(
            [
                new LifecycleEvent(LifecycleEventKind.Drafted, Day - Duration.FromDays(60), 3, new ParticipantId("gov-1")),
                new LifecycleEvent(LifecycleEventKind.Read, Day, 4, Chair),
            ]));

    private static Reading ReadingOf(string id, params Position[] exceptions)
    {
        var positions = Roster.DecidingMembers.Select(m => Position.Support(m.Participant)).ToDictionary(p => p.Participant);
        foreach (var p in exceptions)
        {
            positions[p.Participant] = p;
        }

        return new Reading(new RecommendationId(id), 4, false, positions.Values);
    }

    private static (List<Recommendation> Recs, Dictionary<RecommendationId, ConsensusOutcome> Resolved) Run(bool aAgreed)
    {
        var recs = new[] { Rec("A-1", 1), Rec("A-2", 2), Rec("B-1", 1), Rec("C-1", 1), Rec("D-1", 1), Rec("E-1", 1), Rec("E-2", 2) }.ToList();
        var readings = new List<Reading>
        {
            aAgreed ? ReadingOf("A-1", Position.SupportWithReservation(new("gov-2"), "subject to national law")) : ReadingOf("A-1", Position.Objection(new("gov-2"), "premature")),
            ReadingOf("A-2", Position.Objection(new("bus-1"), "a new body is not needed")),
            ReadingOf("B-1", Position.Objection(new("gov-1"), "existing mechanisms suffice")),
            ReadingOf("C-1"),
            ReadingOf("D-1", Position.NoObjection(new("tech-1"))),
            ReadingOf("E-1"),
            ReadingOf("E-2", Position.Objection(new("cs-1"), "participation barriers remain")),
        };
        var rule = new UnConsensusRule();
        var outcomes = readings.Select(r => rule.Evaluate(new ConsensusContext(r, Roster)));
        var structure = new AgreementStructure([], [Wgec2013Recommendations.AAndBUnlockCDAndE(recs)]);
        return (recs, structure.Resolve(outcomes).ToDictionary(p => p.Key, p => p.Value));
    }

    [Fact]
    public void SomeOfAAndBAgreed_UnlocksTheMajorityOfCDAndE()
    {
        var (_, resolved) = Run(aAgreed: true);
        var agreed = resolved.Where(p => p.Value.IsAgreed).Select(p => p.Key.Value).OrderBy(x => x, System.StringComparer.Ordinal);
        agreed.Should().Equal("A-1", "C-1", "D-1", "E-1");
        resolved[new("E-2")].BlockingFindings.Single().Kind.Should().Be(FindingKind.BlockingObjection);
        resolved[new("A-1")].Reservations.Single().Text.Should().Be("subject to national law");
    }

    [Fact]
    public void NothingOfAAndBAgreed_LeavesCDAndELocked()
    {
        var (_, resolved) = Run(aAgreed: false);
        resolved.Values.Should().OnlyContain(o => !o.IsAgreed);
        var c1 = resolved[new("C-1")].BlockingFindings.Single();
        c1.Kind.Should().Be(FindingKind.ConditionNotMet);
        c1.Items.Select(i => i.Value).Should().Equal("A-1", "A-2", "B-1");
    }

    [Fact]
    public void MarkdownReport_FollowsTheAgreedStructure_AndReadsWell()
    {
        var (recs, resolved) = Run(aAgreed: true);
        var opinions = Opinion.FromReading(new GroupKey("A"), ReadingOf("A-2", Position.Objection(new("bus-1"), "a new body is not needed")), resolved[new("A-2")])
            .Select(o => o.WithPlacement(new AxisPlacement("framework", 1)));
        var outline = ReportOutline.Create(
            "Report of the Working Group on Enhanced Cooperation (worked example)",
            ["The working group was established under A/RES/67/195."],
            ["Four meetings were held in Geneva."],
            Wgec2013Recommendations.Groups,
            recs,
            resolved,
            opinions,
            Wgec2013Recommendations.DivergenceAxes,
            ["Further discussion is needed."]);

        outline.Sections.Select(s => s.Heading).Should().Equal(Wgec2013Recommendations.ReportStructure);
        var markdown = MarkdownReportRenderer.Render(outline);
        markdown.Should().Be(MarkdownReportRenderer.Render(outline), "rendering is deterministic");
        markdown.Should().StartWith("# Report of the Working Group on Enhanced Cooperation (worked example)\n\n## Introduction\n");
        markdown.Should().Contain(
            "## A. Implementation of the Tunis Agenda\n\n### Agreed recommendations\n\n"
            + "- A-1 — Illustrative recommendation A-1 (reservation by gov-2 (governments): subject to national law)\n\n"
            + "### Recommendations to be revisited\n\n"
            + "- A-2 — Illustrative recommendation A-2 (open objection by bus-1 (private sector): a new body is not needed)\n\n"
            + "### Opinions\n\n"
            + "- bus-1 on A-2: a new body is not needed \\[framework: existing ones enough\\]\n");
        markdown.Should().Contain("## E. Barriers for participation in enhanced cooperation\n\n### Agreed recommendations\n\n- E-1 — Illustrative recommendation E-1\n");
        markdown.Should().EndWith("## Conclusion\n\nFurther discussion is needed.\n");
    }

    [Fact]
    public void Final2014_NoRecommendationWasAgreed()
    {
        var (recs, _) = Run(aAgreed: true);
        var final = recs.Select(r => Wgec2013Recommendations.Final2014(r.Id)).ToList();
        final.Count(o => o.IsAgreed).Should().Be(Wgec2013Recommendations.RecommendationsAgreedIn2014);
        final.Should().OnlyContain(o => o.Kind == OutcomeKind.NoAgreement && o.FinalReading);
        Wgec2013Recommendations.FourthMeetingContributionCategories.Should().HaveCount(4);
        Wgec2013Recommendations.DivergenceAxes.Select(a => a.ToString()).Should().Contain("approach: multilateral ↔ multi-stakeholder");
    }
    [Fact]
    public void Outline2014_HasTheAgreedStructure_AndTheFinalResult()
    {
        var outline = Wgec2013Recommendations.Outline2014();
        outline.Sections.Select(s => s.Heading).Should().Equal(Wgec2013Recommendations.ReportStructure);
        outline.Sections[^1].Paragraphs.Should().Equal("No recommendations were agreed in 2014.");
        MarkdownReportRenderer.Render(outline).Should().Contain("## D. Developing countries\n\n## E. Barriers").And.NotContain("None.");
        Wgec2013Recommendations.GroupsWithSomeAgreementAtFourthMeeting.Select(g => g.Value).Should().Equal("D", "E");
        Wgec2013Recommendations.GroupsDiscussed[3].Select(g => g.Value).Should().Equal("A", "B", "C", "D");
    }
}
