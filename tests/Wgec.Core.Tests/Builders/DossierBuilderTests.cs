using System;
using System.Linq;
using NodaTime;
using Wgec.Core.Builders;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Builders;

/// <summary>The short path: every documented default, and a dossier that evaluates and round-trips.</summary>
public sealed class DossierBuilderTests
{
    private static readonly RecommendationId A1 = new("A-1");

    private static DossierBuilder ThreeGroups() => new DossierBuilder("Test group")
        .PlusMember("gov-1", StakeholderGroup.Governments, "Country One")
        .PlusMember("biz-1", StakeholderGroup.PrivateSector)
        .PlusMember("cs-1", StakeholderGroup.CivilSociety);

    [Fact]
    public void Build_TitleOnly_TakesTheDocumentedDefaults()
    {
        var dossier = new DossierBuilder("  Test group ").Build();
        dossier.Title.Should().Be("Test group");
        dossier.Process.Name.Should().Be("Test group");
        dossier.Process.Mandate.Should().Be(DossierBuilder.DefaultMandate);
        dossier.Process.Mandate.Resolution.ToString().Should().Be("A/RES/67/195");
        dossier.Process.Modalities.DecisionRule.ToString().Should().Be(DossierBuilder.DefaultDecisionRule).And.Be("un-consensus");
        dossier.Process.Modalities.ObserverPolicy.Should().Be(DossierBuilder.DefaultObserverPolicy);
        dossier.Process.Modalities.MultiStakeholderApproach.Should().Be(DossierBuilder.DefaultApproach);
        var meeting = dossier.Process.Meetings.Should().ContainSingle().Which;
        meeting.Number.Should().Be(1);
        meeting.Venue.City.Should().Be("Geneva");
        meeting.Venue.TimeZoneId.Should().Be("Europe/Zurich");
        meeting.Dates.Start.Should().Be(new LocalDate(2013, 5, 30)).And.Be(DossierBuilder.DefaultMeetingDate);
        dossier.Deliberation.Recommendations.Should().BeEmpty();
        dossier.DataQualityFindings().Should().BeEmpty();
    }

    [Fact]
    public void Build_Members_GetOneSeatEachInTheirGroupSoTheCompositionFollowsItsPolicy()
    {
        var dossier = ThreeGroups().PlusMember("gov-2", StakeholderGroup.Governments).PlusObserver("obs-1", StakeholderGroup.CivilSociety).Build();
        var composition = dossier.Process.Composition;
        composition.Policy.SeatsFor(StakeholderGroup.Governments).Should().Be(2);
        composition.Policy.SeatsFor(StakeholderGroup.PrivateSector).Should().Be(1);
        composition.Policy.SeatsFor(StakeholderGroup.CivilSociety).Should().Be(1, "an observer holds no seat");
        composition.FollowsPolicy.Should().BeTrue();
        composition.Find(new ParticipantId("gov-1"))!.Kind.Should().Be(ParticipantKind.Country);
        composition.Find(new ParticipantId("gov-1"))!.Name.Should().Be("Country One");
        composition.Find(new ParticipantId("biz-1"))!.Kind.Should().Be(ParticipantKind.Organisation);
        composition.Find(new ParticipantId("obs-1"))!.Standing.Should().Be(Standing.Observer);
        dossier.Roster().DeclaredGroups.Should().BeEquivalentTo([StakeholderGroup.Governments, StakeholderGroup.PrivateSector, StakeholderGroup.CivilSociety]);
    }

    [Fact]
    public void Build_Recommendation_IsDraftedAtTheFirstMeetingByTheFirstMemberInTheDefaultGroup()
    {
        var dossier = ThreeGroups().PlusMeeting(new LocalDate(2014, 2, 24)).PlusMeeting(new LocalDate(2014, 4, 30))
            .PlusRecommendation("A-1", "Publish the documents.").Build();
        var recommendation = dossier.Deliberation.Recommendations.Should().ContainSingle().Which;
        recommendation.Group.Value.Should().Be(DossierBuilder.DefaultGroupKey);
        recommendation.Title.Should().Be("Publish the documents.");
        recommendation.Versions.Should().ContainSingle().Which.Proposer.Value.Should().Be("gov-1");
        var drafted = recommendation.History.Events.Should().ContainSingle().Which;
        drafted.Meeting.Should().Be(1);
        drafted.At.Should().Be(Instant.FromUtc(2014, 2, 24, 9, 0), "10:00 in Geneva in winter");
        dossier.Deliberation.Groups.Should().ContainSingle().Which.Title.Should().Be(DossierBuilder.DefaultGroupTitle);
    }

    [Fact]
    public void Build_RecommendationInANamedGroup_AddsNoDefaultGroup()
    {
        var dossier = ThreeGroups().PlusReportGroup("B", "Public policy issues").PlusRecommendation("B-1", "Map the mechanisms.", proposer: "cs-1", group: "B").Build();
        dossier.Deliberation.Groups.Select(g => g.Key.Value).Should().Equal("B");
        dossier.Deliberation.Recommendations[0].Versions[0].Proposer.Value.Should().Be("cs-1");
    }

    [Fact]
    public void Build_ReadingWithEveryMemberInSupport_IsAgreed()
    {
        var dossier = ThreeGroups().PlusRecommendation("A-1", "Publish.")
            .PlusReading("A-1", Position.Support(new("gov-1")), Position.Support(new("biz-1")), Position.NoObjection(new("cs-1")))
            .Build();
        dossier.Evaluate()[A1].Kind.Should().Be(OutcomeKind.Agreed);
    }

    [Fact]
    public void Build_ReadingWithAnObjection_IsNotAgreedAndNamesTheObjector()
    {
        var dossier = ThreeGroups().PlusRecommendation("A-1", "Publish.")
            .PlusReading("A-1", Position.Support(new("gov-1")), Position.Support(new("biz-1")), Position.Objection(new("cs-1"), "Too slow."))
            .Build();
        var outcome = dossier.Evaluate()[A1];
        outcome.Kind.Should().NotBe(OutcomeKind.Agreed);
        outcome.BlockingFindings.Should().ContainSingle().Which.Participant.Should().Be(new ParticipantId("cs-1"));
    }

    [Fact]
    public void Build_ObserverObjection_DoesNotBlock()
    {
        var dossier = ThreeGroups().PlusObserver("obs-1", StakeholderGroup.CivilSociety).PlusRecommendation("A-1", "Publish.")
            .PlusReading("A-1", Position.Support(new("gov-1")), Position.Support(new("biz-1")), Position.Support(new("cs-1")), Position.Objection(new("obs-1"), "No."))
            .Build();
        dossier.Evaluate()[A1].Kind.Should().Be(OutcomeKind.Agreed);
    }

    [Fact]
    public void Build_ObserverInAGroupWithoutMembers_IsRecordedAndNeverDecides()
    {
        var dossier = ThreeGroups().PlusObserver("obs-1", StakeholderGroup.TechnicalAndAcademic).PlusRecommendation("A-1", "Publish.")
            .PlusReading("A-1", Position.Support(new("gov-1")), Position.Support(new("biz-1")), Position.Support(new("cs-1")), Position.Objection(new("obs-1"), "No."))
            .Build();

        dossier.Process.Composition.Policy.SeatsFor(StakeholderGroup.TechnicalAndAcademic).Should().Be(0);
        dossier.Evaluate()[A1].Kind.Should().Be(OutcomeKind.Agreed);
    }

    [Fact]
    public void Build_Reading_IsAtTheLastMeetingAndNotFinalUnlessGiven()
    {
        var builder = ThreeGroups().PlusMeeting(new LocalDate(2014, 2, 24)).PlusMeeting(new LocalDate(2014, 4, 30)).PlusRecommendation("A-1", "Publish.");
        var latest = builder.PlusReading("A-1", Position.Support(new("gov-1"))).Build().Deliberation.Readings.Single();
        latest.Meeting.Should().Be(2);
        latest.IsFinal.Should().BeFalse();
        var first = builder.PlusReading("A-1", 1, true, [Position.Support(new("gov-1"))]).Build().Deliberation.Readings.Single();
        first.Meeting.Should().Be(1);
        first.IsFinal.Should().BeTrue();
    }

    [Fact]
    public void WithDecisionRule_IsTheRuleEvaluateUses()
    {
        var dossier = ThreeGroups().WithDecisionRule("qualified-majority").PlusRecommendation("A-1", "Publish.")
            .PlusReading("A-1", Position.Support(new("gov-1")), Position.Support(new("biz-1")), Position.Objection(new("cs-1"), "Too slow."))
            .Build();
        dossier.Evaluate()[A1].Kind.Should().Be(OutcomeKind.Agreed, "two of three voting support: the default share of 2/3");
    }

    [Fact]
    public void WithMandate_ReplacesTheDefault()
    {
        var mandate = DossierBuilder.DefaultMandate.WithReportingTarget(new ReportingTarget("Another commission", 3, new DateInterval(new LocalDate(2015, 1, 5), new LocalDate(2015, 1, 6))));
        new DossierBuilder("Test").WithMandate(mandate).Build().Process.Mandate.Should().Be(mandate);
    }

    [Fact]
    public void Build_UnknownDecisionRule_IsRejectedNamingIt()
    {
        var act = () => ThreeGroups().WithDecisionRule("coin-toss").Build();
        act.Should().Throw<DomainValidationException>().Which.Rule.Should().Be("unknown-rule");
    }

    [Fact]
    public void Build_ReadingOfAnUnknownParticipant_IsRejectedNamingThem()
    {
        var act = () => ThreeGroups().PlusRecommendation("A-1", "Publish.").PlusReading("A-1", Position.Support(new("stranger"))).Build();
        act.Should().Throw<DomainValidationException>().WithMessage("*'stranger'*");
    }

    [Fact]
    public void Build_RecommendationWithNoMemberToPropose_SaysWhatToAdd()
    {
        var act = () => new DossierBuilder("Test").PlusRecommendation("A-1", "Publish.").Build();
        act.Should().Throw<InvalidOperationException>().WithMessage("*add a member first*");
    }

    [Fact]
    public void PlusMember_InvalidId_IsRejectedAtOnce()
    {
        var act = () => new DossierBuilder("Test").PlusMember("not an id", StakeholderGroup.Governments);
        act.Should().Throw<DomainValidationException>();
    }

    [Fact]
    public void Constructor_BlankTitle_IsRejectedNamingTitle()
    {
        var act = () => new DossierBuilder(" ");
        act.Should().Throw<ArgumentException>().WithParameterName("title");
    }

    [Fact]
    public void Builder_IsImmutable_SoOneStartCanBeContinuedTwoWays()
    {
        var start = ThreeGroups();
        var withObserver = start.PlusObserver("obs-1", StakeholderGroup.CivilSociety).Build();
        var without = start.Build();
        withObserver.Process.Participants.Should().HaveCount(4);
        without.Process.Participants.Should().HaveCount(3);
    }

    [Fact]
    public void Build_RoundTripsThroughJson()
    {
        var dossier = ThreeGroups().PlusRecommendation("A-1", "Publish.").PlusReading("A-1", Position.Support(new("gov-1"))).Build();
        DossierSerializer.Read(DossierSerializer.ToJson(dossier)).Should().Be(dossier);
    }
}
