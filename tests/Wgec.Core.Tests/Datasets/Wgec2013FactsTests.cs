using System;
using System.Linq;
using NodaTime;
using Wgec.Core.Reporting;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Datasets;
using Wgec.Core.Identifiers;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Tests.Recommendations;

namespace Wgec.Core.Tests.Datasets;

/// <summary>
/// Each fact of the Chair's report to CSTD 17 (the seed) and of DESIGN.md §3, checked against the
/// dossier loaded from the embedded JSON (not against the builders), so that a regenerated
/// dataset that lost a fact fails here.
/// </summary>
public sealed class Wgec2013FactsTests
{
    private static Dossier D => WgecDatasets.Wgec2013();

    private static Meeting M(int number) => D.Process.FindMeeting(number)!;

    private static bool Mentions(string text, params string[] fragments) =>
        fragments.All(f => text.Contains(f, StringComparison.OrdinalIgnoreCase));

    // ---- Mandate and reporting target

    [Fact]
    public void Mandate_IsResolution67_195_Of2012_WithAnAddressedSource()
    {
        D.Process.Mandate.Resolution.Should().Be(DocumentSymbol.Parse("A/RES/67/195"));
        D.Process.Mandate.AdoptionYear.Should().Be(2012);
        D.Process.Mandate.Sources.Select(s => s.Address?.ToString()).Should().Contain("https://undocs.org/A/RES/67/195");
    }

    [Fact]
    public void Mandate_SeeksCompilesAndReviewsInputs_AndMakesRecommendations()
    {
        D.Process.Mandate.Tasks.Should().Equal(MandateTask.SeekInputs, MandateTask.CompileInputs, MandateTask.ReviewInputs, MandateTask.MakeRecommendations);
        Mentions(D.Process.Mandate.Summary, "Chair of the CSTD", "seeking, compiling and reviewing inputs", "all Member States", "all other stakeholders", "implement this mandate fully").Should().BeTrue();
    }

    [Fact]
    public void Mandate_ReportsToCstd17_Geneva12To16May2014_WithTheSessionReportSymbol()
    {
        var target = D.Process.Mandate.ReportingTarget;
        Mentions(target.Body, "Commission on Science and Technology for Development").Should().BeTrue();
        target.SessionNumber.Should().Be(17);
        target.SessionDates.Equals(new DateInterval(new LocalDate(2014, 5, 12), new LocalDate(2014, 5, 16))).Should().BeTrue();
        var report = target.Sources.Single(s => s.Citation.Contains("E/2014/31-E/CN.16/2014/4"));
        DocumentSymbol.Parse("E/2014/31-E/CN.16/2014/4").IsJoint.Should().BeTrue();
        report.Address.Should().NotBeNull();
    }

    [Fact]
    public void Mandate_ReferencesTunisAgendaParagraphs69To71()
    {
        D.Process.Mandate.ReferencedParagraphs.Select(p => p.ToString()).Should().ContainSingle().Which.Should().Contain("69");
    }

    // ---- Composition

    [Fact]
    public void Composition_Is22MemberStatesAndFivePerOtherGroup()
    {
        var seats = D.Process.Composition.Policy.Seats;
        seats[StakeholderGroup.Governments].Should().Be(22);
        seats[StakeholderGroup.PrivateSector].Should().Be(5);
        seats[StakeholderGroup.CivilSociety].Should().Be(5);
        seats[StakeholderGroup.TechnicalAndAcademic].Should().Be(5);
        seats[StakeholderGroup.IntergovernmentalAndInternational].Should().Be(5);
        D.Process.Composition.FollowsPolicy.Should().BeTrue();
        D.Process.Participants.Count(p => p.Standing == Standing.Member).Should().Be(42);
    }

    [Fact]
    public void Composition_NamesTheTwoWsisHosts_AndLeavesOtherSeatsUnnamed()
    {
        var governments = D.Process.Participants.Where(p => p.Standing == Standing.Member && p.StakeholderGroup == StakeholderGroup.Governments).ToList();
        governments.Where(p => p.IsNamed).Select(p => p.Name).Should().BeEquivalentTo("Switzerland", "Tunisia");
        governments.Count(p => !p.IsNamed).Should().Be(20);
        Mentions(D.Process.Composition.Policy.Description!, "four from each UN regional group", "Switzerland and Tunisia").Should().BeTrue();
    }

    [Fact]
    public void WorkingGroup_WasCreatedOn22March2013_WithAddressedSources()
    {
        D.Process.EstablishedOn.Should().Be(new LocalDate(2013, 3, 22));
        D.Process.Sources.Select(s => s.Address?.ToString()).Should().Contain(
        [
            "https://unctad.org/meeting/third-meeting-working-group-enhanced-cooperation-wgec-commission-science-and-technology",
            "https://dig.watch/event/cstd-wg-enhanced-cooperation-wgec",
            "https://studylib.net/doc/10395129",
        ]);
    }

    [Fact]
    public void Chair_IsPeterMajor_OfHungary()
    {
        D.Process.Chair!.Name.Should().Be("Peter Major");
        D.Process.Chair.Affiliation.Should().Be("Hungary");
    }

    // ---- Modalities

    [Fact]
    public void Modalities_HoldComplianceMultiStakeholderTrustAndConsensus()
    {
        var modalities = D.Process.Modalities;
        modalities.Principles.Should().Contain(["Compliance with the mandate", "Results based on consensus"]);
        Mentions(modalities.MultiStakeholderApproach, "multi-stakeholder", "mutual trust").Should().BeTrue();
        modalities.DecisionRule.Should().Be(new RuleDescriptor("un-consensus"));
    }

    [Fact]
    public void Modalities_ObserversUnderEcosocRules_WithGroupAgreement_AndChairAccreditation()
    {
        var observers = D.Process.Modalities.ObserverPolicy;
        observers.Rules.Should().Contain("ECOSOC");
        observers.RequiresGroupAgreement.Should().BeTrue();
        observers.AccreditationBy.Should().Be(Standing.Chair);
    }

    [Fact]
    public void Modalities_ConstraintsAndInformationSharing()
    {
        D.Process.Modalities.Constraints.Should().Equal("Time", "Resources", "Venue");
        D.Process.Modalities.InformationSharing.Should().BeEquivalentTo(
            [InformationSharingChannel.Streaming, InformationSharingChannel.RealTimeTranscripts, InformationSharingChannel.RemoteParticipation, InformationSharingChannel.AudioRecording]);
    }

    // ---- Meetings

    [Theory]
    [InlineData(1, 2013, 5, 30, 2013, 5, 31, "Conference Centre Varembé (CCV)", null)]
    [InlineData(2, 2013, 11, 6, 2013, 11, 8, "Palais des Nations", null)]
    [InlineData(3, 2014, 2, 24, 2014, 2, 28, "Palais des Nations", "Room XXIV")]
    [InlineData(4, 2014, 4, 30, 2014, 5, 2, null, null)]
    public void Meeting_DatesAndVenue(int number, int y1, int m1, int d1, int y2, int m2, int d2, string? building, string? room)
    {
        var meeting = M(number);
        meeting.Dates.Equals(new DateInterval(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2))).Should().BeTrue();
        meeting.Venue.City.Should().Be("Geneva");
        meeting.Venue.Building.Should().Be(building);
        meeting.Venue.Room.Should().Be(room);
    }

    [Fact]
    public void FourMeetings_AllInGeneva()
    {
        D.Process.Meetings.Select(m => m.Number).Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public void FirstMeeting_StartsInTheAfternoon()
    {
        M(1).Sessions[0].Part.Should().Be(PartOfDay.Afternoon);
        M(1).Sessions[1].Part.Should().Be(PartOfDay.WholeDay);
    }

    [Fact]
    public void FirstMeeting_BreakoutGroupsLedByBrazilAndIndia_SuggestedCategoriesAndQuestions()
    {
        M(1).BreakoutGroups.Select(b => b.Lead).Should().Equal("Brazil", "India");
        M(1).BreakoutGroups.Should().OnlyContain(b => Mentions(b.Output, "categories", "questions"));
    }

    [Fact]
    public void FirstMeeting_DecisionsAndResults()
    {
        var meeting = M(1);
        meeting.Decisions.Should().Contain(d => Mentions(d.Text, "audio recording", "streaming", "transcripts", "observers"));
        meeting.Decisions.Should().Contain(d => Mentions(d.Text, "finalised the questionnaire", "breakout groups", "Tunis Agenda"));
        meeting.Decisions.Should().Contain(d => Mentions(d.Text, "next steps"));
        meeting.Results.Should().Contain(r => Mentions(r, "long discussion on the agenda"));
        meeting.Results.Should().Contain(r => Mentions(r, "collaborated"));
        meeting.Results.Should().Contain(r => Mentions(r, "questionnaire", "consensus", "open to all stakeholders"));
    }

    [Fact]
    public void SecondMeeting_AgendaDecisionsAndResults()
    {
        var meeting = M(2);
        meeting.Agenda.Select(a => a.Title).Should().HaveCount(6).And.Contain(t => Mentions(t, "Rolling document"));
        meeting.Decisions.Should().Contain(d => Mentions(d.Text, "correspondence group", "terms of reference"));
        meeting.NextMeeting!.MeetingNumber.Should().Be(3);
        meeting.NextMeeting.Dates.Equals(new DateInterval(new LocalDate(2014, 2, 24), new LocalDate(2014, 2, 28))).Should().BeTrue();
        meeting.Results.Should().Contain(r => Mentions(r, "483", "200", "gaps"));
        meeting.Results.Should().Contain(r => Mentions(r, "framework for the report"));
        meeting.Results.Should().Contain(r => Mentions(r, "Draft recommendations were submitted"));
    }

    [Fact]
    public void SecondMeeting_Resources()
    {
        var resources = M(2).Resources;
        resources.Should().Contain(r => r.Title == "Questionnaire" && r.Sources.Any(s => s.Address != null));
        resources.Should().Contain(r => r.PageCount == 1000 && Mentions(r.Title, "grouped by respondent", "grouped by question"));
        resources.Should().Contain(r => Mentions(r.Title, "after the deadline"));
        resources.Should().Contain(r => r.PageCount == 25 && Mentions(r.Title, "Analysis"));
        resources.Should().Contain(r => r.Address != null && r.Address.ToString() == "http://unctad.org/en/pages/MeetingDetails.aspx?meetingid=396");
    }

    [Fact]
    public void ThirdMeeting_DecisionsResultsAndExpectedEvents()
    {
        var meeting = M(3);
        meeting.Results.Should().Contain(r => Mentions(r, "groups A, B and C and part of D"));
        meeting.Results.Should().Contain(r => Mentions(r, "24 broad areas"));
        meeting.Results.Should().Contain(r => Mentions(r, "diverged"));
        meeting.Results.Should().Contain(r => Mentions(r, "Agreed on the structure of the report"));
        meeting.Results.Should().Contain(r => Mentions(r, "correspondence group to continue", "existing mechanisms and gaps"));
        meeting.Agenda.Should().BeEmpty("the Chair's report lists no agenda or work items for the 3rd meeting");
        meeting.Decisions.Should().BeEmpty();
        meeting.NextSteps.Should().Contain(s => Mentions(s, "4th meeting before the CSTD 17th session"));
        meeting.RelatedEvents.Select(e => e.Name).Should().Contain(n => Mentions(n, "modalities of the WSIS review"))
            .And.Contain(n => Mentions(n, "WSIS+10", "MPP"))
            .And.Contain(n => Mentions(n, "NetMundial"));
    }

    [Fact]
    public void FourthMeeting_Resources()
    {
        var resources = M(4).Resources;
        resources.Should().Contain(r => Mentions(r.Title, "four documents", "statements", "agreed recommendations", "to be revisited", "no agreement"));
        resources.Should().Contain(r => Mentions(r.Title, "Report from the Chair of the correspondence group"));
        resources.Should().Contain(r => Mentions(r.Title, "Compilation of the contributions"));
        resources.Should().Contain(r => Mentions(r.Title, "Transcripts"));
        resources.Should().Contain(r => r.Address != null && r.Address.ToString() == "http://unctad.org/en/pages/MeetingDetails.aspx?meetingid=545");
        resources.Should().Contain(r => Mentions(r.Title, "Agreed structure of the report", "introduction", "methodology", "conclusion"));
    }

    [Fact]
    public void FourthMeeting_WorkItems()
    {
        var titles = M(4).Agenda.Select(a => a.Title).ToList();
        titles.Should().Contain(t => Mentions(t, "groups D and E"));
        titles.Should().Contain(t => Mentions(t, "mapping exercise", "24 areas"));
        titles.Should().Contain(t => Mentions(t, "A and C", "revisited"));
        M(4).Decisions.Should().Contain(d => Mentions(d.Text, "Divergent views", "opinions"));
    }

    [Fact]
    public void FourthMeeting_OtherEvents_IncludeNetMundialWsisMppAndTheNinthIgfInIstanbul()
    {
        var events = M(4).RelatedEvents;
        events.Should().Contain(e => e.Name == "NetMundial" && e.Place == "São Paulo");
        events.Should().Contain(e => Mentions(e.Name, "WSIS+10 MPP", "ITU"));
        events.Should().Contain(e => Mentions(e.Name, "9th IGF") && e.Place == "Istanbul");
    }

    [Fact]
    public void FourthMeeting_Results()
    {
        var results = M(4).Results;
        results.Should().Contain(r => Mentions(r, "groups D and E"));
        results.Should().Contain(r => Mentions(r, "nothing happened", "much happened", "new body", "existing ones", "multilateral", "multi-stakeholder", "half empty", "half full"));
        results.Should().Contain(r => Mentions(r, "A and B", "majority of issues in C, D and E"));
        results.Should().Contain(r => Mentions(r, "Signs of compromise"));
        results.Should().Contain(r => Mentions(r, "trust", "willingness", "tangible"));
    }

    // ---- Questionnaire

    [Fact]
    public void Questionnaire_Has18Questions_OneProfileAndOneForComments_OpenToAll()
    {
        var questionnaire = D.Consultation!.Questionnaire;
        questionnaire.Questions.Should().HaveCount(18);
        questionnaire.Questions.Where(q => q.Kind == QuestionKind.RespondentProfile).Select(q => q.Number).Should().Equal(1);
        questionnaire.Questions.Where(q => q.Kind == QuestionKind.OpenComments).Select(q => q.Number).Should().Equal(18);
        questionnaire.IsOpenToAllStakeholders.Should().BeTrue();
    }

    [Fact]
    public void Questionnaire_TitlesNotInTheSources_AreMarkedDerived()
    {
        D.Consultation!.Questionnaire.Questions.Where(q => q.IsTextDerived).Select(q => q.Number).Should().Equal(12, 13, 14, 16, 17, 18);
        var q18 = D.Consultation.Questionnaire.Sources.Single(s => s.Derivation?.Kind == DerivationKind.Inferred);
        Mentions(q18.Derivation!.Reason, "comments and additional topics", "question 18 is inferred").Should().BeTrue();
    }

    [Fact]
    public void Questionnaire_Deadline15AugustExtendedTo17September2013()
    {
        var deadlines = D.Consultation!.Questionnaire.Deadlines;
        deadlines.TimeZoneId.Should().Be("Europe/Zurich");
        deadlines.Original.Date.Should().Be(new LocalDate(2013, 8, 15));
        deadlines.Extensions.Select(e => e.Date).Should().Equal(new LocalDate(2013, 9, 17));
        deadlines.InForce.Date.Should().Be(new LocalDate(2013, 9, 17));
    }

    [Theory]
    [InlineData("A", "Tunis Agenda", new[] { 2, 3 })]
    [InlineData("B", "Public policy issues and possible mechanisms", new[] { 4, 8, 9 })]
    [InlineData("C", "Role of stakeholders", new[] { 5, 6, 7, 14, 17 })]
    [InlineData("D", "developing countries", new[] { 10, 15 })]
    [InlineData("E", "Barriers to participation", new[] { 11, 12, 13, 16 })]
    public void Groupings_AToE_AsInTheSeed(string key, string title, int[] questions)
    {
        var group = D.Consultation!.Groups.Single(g => g.Key == new GroupKey(key));
        Mentions(group.Title, title).Should().BeTrue();
        group.QuestionNumbers.Should().Equal(questions);
    }

    // ---- Respondents

    [Fact]
    public void Respondents_69Declared_And29_8_23_11ByCategory()
    {
        var declared = D.Consultation!.Declared;
        declared.Total!.Count.Should().Be(69);
        declared.ByGroup.Select(c => (c.Group, c.Count)).Should().Equal(
            (StakeholderGroup.Governments, 29), (StakeholderGroup.PrivateSector, 8), (StakeholderGroup.CivilSociety, 23), (StakeholderGroup.TechnicalAndAcademic, 11));
        declared.ByGroup.Should().OnlyContain(c => c.Source.Address != null && c.Source.Address.ToString() == "https://studylib.net/doc/10395132");
        D.Consultation.Respondents.Should().BeEmpty("the record holds only aggregates");
    }

    [Fact]
    public void DataQualityFindings_Report69DeclaredAgainst71ByCategory()
    {
        D.DataQualityFindings().Should().ContainSingle(f => f.Code == "declared-distribution-sum-mismatch")
            .Which.Should().Match<DataQualityFinding>(f => f.Declared == 69 && f.Computed == 71 && f.Message.Contains("29 + 8 + 23 + 11 = 71"));
    }

    // ---- Catalogue

    [Fact]
    public void Catalogue_483ItemsTo215Issues_WithTheThreeRowsOfTheSeed()
    {
        var catalogue = D.Catalogue!;
        catalogue.Declared!.ItemsIn.Should().Be(483);
        catalogue.Declared.IssuesOut.Should().Be(215);
        catalogue.Issues.Select(i => (i.Number, i.Title, i.Category)).Should().Equal(
            (1, "Allocation of domain names", "Critical Internet Resources"),
            (2, "Combating cybercrime", "Cybercrime"),
            (3, "Capacity building for IG", "Capacity building"));
    }

    [Fact]
    public void Catalogue_200PlusIsDeclared_215IsTheLastRowNumber_AndSaysSo()
    {
        var source = D.Catalogue!.Declared!.Source;
        source.Derivation!.Kind.Should().Be(DerivationKind.Derived);
        Mentions(source.Derivation.Reason, "declares the reduction as '200+'", "215 is the number of the table's last row").Should().BeTrue();
        M(2).Results.Should().Contain(r => Mentions(r, "483", "200+"));
    }

    [Fact]
    public void Catalogue_TheTablesColumns_GroupingActivitiesAndStatusLeftBlankAsInTheSeed()
    {
        // No | Issues | Categories | Grouping | Activities & approaches | Status
        D.Catalogue!.Issues.Select(i => (i.Number, i.Title, i.Category, i.Grouping, i.ActivitiesAndApproaches.Length, i.Status)).Should().Equal(
            (1, "Allocation of domain names", "Critical Internet Resources", (GroupKey?)null, 0, IssueStatus.NotRecorded),
            (2, "Combating cybercrime", "Cybercrime", (GroupKey?)null, 0, IssueStatus.NotRecorded),
            (3, "Capacity building for IG", "Capacity building", (GroupKey?)null, 0, IssueStatus.NotRecorded));
    }

    // ---- Correspondence group

    [Fact]
    public void CorrespondenceGroup_CoordinatorsTasksDeadlineAnd24Areas()
    {
        var group = D.CorrespondenceGroup!;
        group.OpenToAllStakeholders.Should().BeTrue();
        group.Coordinators.Select(c => (c.Name, c.Role)).Should().Equal(("Phil Rushton", CoordinatorRole.Coordinator), ("Joy Liddicoat", CoordinatorRole.CoCoordinator));
        group.Milestones.Should().ContainSingle(m => m.Due == new LocalDate(2014, 2, 12) && m.Kind == MilestoneKind.FinalDocument);
        group.TermsOfReference.Should().Contain(t => Mentions(t, "mechanisms")).And.Contain(t => Mentions(t, "gaps"));
        group.Mapping!.DeclaredAreaCount.Should().Be(24);
        group.Sources.Should().Contain(s => s.Address != null && s.Address.ToString() == "https://lists.internetrightsandprinciples.org/pipermail/irp/2013-November/002322.html");
    }

    // ---- Deliberation

    [Fact]
    public void ContributionCategories_OfTheFourthMeeting()
    {
        D.Deliberation.ContributionCategories.Should().Equal("statements", "agreed recommendations", "recommendations to be revisited", "no agreement");
    }

    [Fact]
    public void DivergenceAxes_TheFourOfTheFourthMeeting()
    {
        D.Deliberation.Axes.Select(a => (a.Name, a.LeftPole, a.RightPole)).Should().Equal(
            ("enhanced cooperation", "nothing happened", "much happened"),
            ("framework", "new body needed", "existing ones enough"),
            ("approach", "multilateral", "multi-stakeholder"),
            ("mapping exercise", "half empty", "half full"));
    }

    [Fact]
    public void ReportStructure_GroupsAToE_InTheOutline()
    {
        D.Deliberation.Groups.Select(g => g.Key.Value).Should().Equal("A", "B", "C", "D", "E");
        var outline = D.Report();
        var headings = outline.Sections.Select(s => s.Heading).ToList();
        headings.Should().ContainInOrder(Wgec2013Recommendations.ReportStructure);
        headings.First().Should().Be("Introduction");
        headings.Last().Should().Be("Notes");
    }

    [Fact]
    public void ChairsAssessment_SameSideDifferentViews_StableSecureUnfragmentedInternet()
    {
        D.Deliberation.Conclusion.Should().Contain(c => Mentions(c, "same side", "different views", "stable, secure and unfragmented Internet"));
    }

    [Fact]
    public void ChairsAssessment_RecommendationsSequencedImplementableStableAndFlexible()
    {
        D.Deliberation.Conclusion.Should().Contain(c => Mentions(c, "What?", "How?", "Who?", "implementable", "stable and flexible"));
        D.Deliberation.Conclusion.Should().Contain(c => Mentions(c, "mapping exercise", "further analysis", "courage to compromise"));
    }

    [Fact]
    public void FinalResult_NoRecommendationsAgreedIn2014()
    {
        D.Deliberation.DeclaredAgreedCount.Should().Be(0);
        D.Deliberation.Recommendations.Should().OnlyContain(r => r.State != Wgec.Core.Recommendations.RecommendationState.Agreed, "the group-level records hold no agreed recommendation");
        D.Deliberation.Conclusion.Should().Contain("No recommendations were agreed in 2014.");
        D.Deliberation.Sources.Should().Contain(s => s.Address != null && s.Address.ToString() == "https://dig.watch/event/cstd-wg-enhanced-cooperation-wgec");
        D.Evaluate().Should().BeEmpty("no reading with positions is in the stored sources");
    }

    // ---- The 4th meeting's state, at group level

    [Fact]
    public void FourthMeeting_GroupLevelRecords_HoldWhatEachGroupReached_WithoutRecommendationText()
    {
        var records = D.Deliberation.Recommendations;
        records.Select(r => r.Group.Value).Should().Equal("A", "B", "C", "D", "E");
        records.Should().OnlyContain(r => r.Versions.Length == 1 && r.Title.Contains("texts not in the stored sources"));
        records.Select(r => r.State).Should().Equal(
            Wgec.Core.Recommendations.RecommendationState.ToBeRevisited,
            Wgec.Core.Recommendations.RecommendationState.ToBeRevisited,
            Wgec.Core.Recommendations.RecommendationState.UnderDiscussion,
            Wgec.Core.Recommendations.RecommendationState.ToBeRevisited,
            Wgec.Core.Recommendations.RecommendationState.ToBeRevisited);
        var notes = records.ToDictionary(r => r.Group.Value, r => r.History.Events.Select(e => e.Note).LastOrDefault(n => n is not null));
        notes["D"].Should().Be("some agreements on recommendations in group D");
        notes["E"].Should().Be("some agreements on recommendations in group E");
        notes["A"].Should().Contain("to be revisited");
        notes["B"].Should().Contain("to be revisited");
        D.Deliberation.Sources.Should().Contain(s => s.Derivation != null && s.Derivation.Kind == DerivationKind.Reconstructed);
    }

    [Fact]
    public void FourthMeeting_AgreementInAAndB_UnlocksCDAndE()
    {
        var condition = D.Deliberation.Agreements.Conditions.Should().ContainSingle().Which;
        condition.Prerequisites.Select(p => p.Value).Should().Equal("wgec-2014-A", "wgec-2014-B");
        condition.Dependents.Select(p => p.Value).Should().Equal("wgec-2014-C", "wgec-2014-D", "wgec-2014-E");
        condition.RequiredCount.Should().Be(1, "'some issues in A and B': at least one of the two groups");
    }

    [Fact]
    public void DataQuality_ExplainsHowSomeAgreementInDAndE_AndNoRecommendationAgreed_BothHold()
    {
        var finding = D.DataQualityFindings().Should().ContainSingle(f => f.Code == "condition-not-met").Which;
        Mentions(finding.Message, "0 of its prerequisites", "some agreements on recommendations in group D", "group E", "declared result of 0 recommendations agreed").Should().BeTrue(finding.Message);
    }

    [Fact]
    public void DataQuality_ConditionMet_GivesNoConditionFinding()
    {
        var chair = new ParticipantId("chair");
        var at = NodaTime.Instant.FromUtc(2014, 6, 1, 12, 0);
        var records = D.Deliberation.Recommendations.Select(r => r.Group.Value == "A"
            ? r.PlusEvent(new Wgec.Core.Recommendations.LifecycleEvent(Wgec.Core.Recommendations.LifecycleEventKind.Read, at, 4, chair))
                .PlusEvent(new Wgec.Core.Recommendations.LifecycleEvent(Wgec.Core.Recommendations.LifecycleEventKind.OutcomeRecorded, at + NodaTime.Duration.FromMinutes(1), 4, chair, Wgec.Core.Consensus.OutcomeKind.Agreed))
            : r);
        var agreedA = D.WithDeliberation(D.Deliberation.WithRecommendations(records));
        agreedA.DataQualityFindings().Should().NotContain(f => f.Code == "condition-not-met", "one of A and B agreed meets 'some issues in A and B'");
    }

    // ---- Acknowledgements, report structure, agenda titles, derivation marks

    [Fact]
    public void Acknowledgements_ThankMembersStakeholdersCorrespondenceGroupAndSecretariat()
    {
        D.Deliberation.Conclusion.Should().ContainSingle(c => Mentions(c, "The Chair thanked"))
            .Which.Should().Match(c => Mentions(c, "WGEC members", "dedication, good work and sacrifices", "stakeholders", "contributions", "correspondence group", "hard work", "secretariat", "great help"));
    }

    [Fact]
    public void ReportStructure_GroupTitlesAreTheChairsSlides()
    {
        D.Deliberation.Groups.Select(g => g.Key.Value + ". " + g.Title).Should().Equal(
            "A. Implementation of the Tunis Agenda",
            "B. Public policy issues and possible mechanisms",
            "C. Role of stakeholders",
            "D. Developing countries",
            "E. Barriers for participation in enhanced cooperation");
    }

    [Theory]
    [InlineData(1, new[] { "Agenda and procedural issues", "Questionnaire", "Next steps" })]
    [InlineData(2, new[] { "Agenda and procedural questions", "Topics and categories", "Responses to the questionnaire", "Rolling document reflecting the discussions", "Drafting of recommendations", "Date of the next meeting" })]
    [InlineData(3, new string[0])]
    [InlineData(4, new[] { "Draft recommendations in groups D and E", "Correspondence group document: mapping exercise of 24 areas", "Recommendations in groups A and C, revisited", "Divergent views" })]
    public void Agenda_TitlesAreTheWorkItemsOfTheChairsReport(int meeting, string[] titles)
    {
        M(meeting).Agenda.Select(a => a.Title).Should().Equal(titles);
    }

    [Fact]
    public void Sessions_WholeDaysAreMarkedReconstructed_TheAfternoonStartIsStated()
    {
        D.Process.Meetings.Should().OnlyContain(m => m.Sources.Any(s => s.Derivation != null && s.Derivation.Kind == DerivationKind.Reconstructed && s.Derivation.Reason.Contains("whole-day session")));
    }

    [Fact]
    public void Participants_InferredStakeholderGroupsOfChairAndSecretariat_AreMarked()
    {
        var marked = D.Process.Participants.Where(p => p.Sources.Any(s => s.Derivation?.Kind == DerivationKind.Inferred)).Select(p => p.Id.Value);
        marked.Should().Equal("chair", "secretariat");
    }

    [Fact]
    public void EveryDerivationMark_GivesAReason()
    {
        var json = Wgec.Core.Serialization.DossierSerializer.ToJson(D, indented: false);
        json.Should().Contain("\"derivation\":{\"kind\":\"inferred\",\"reason\":");
        json.Should().Contain("\"kind\":\"reconstructed\"").And.Contain("\"kind\":\"derived\"");
    }

    // ---- Timeline

    [Fact]
    public void Timeline_MergesEstablishmentMeetingsDeadlinesMilestoneAndCstd17_InDateOrder()
    {
        var events = D.Timeline().Events;
        events.Select(e => (e.Start, e.Kind)).Should().Equal(
            (new LocalDate(2013, 3, 22), TimelineEventKind.Establishment),
            (new LocalDate(2013, 5, 30), TimelineEventKind.Meeting),
            (new LocalDate(2013, 8, 15), TimelineEventKind.Deadline),
            (new LocalDate(2013, 9, 17), TimelineEventKind.Deadline),
            (new LocalDate(2013, 11, 6), TimelineEventKind.Meeting),
            (new LocalDate(2014, 2, 12), TimelineEventKind.SubgroupMilestone),
            (new LocalDate(2014, 2, 24), TimelineEventKind.Meeting),
            (new LocalDate(2014, 4, 30), TimelineEventKind.Meeting),
            (new LocalDate(2014, 5, 12), TimelineEventKind.Report));
        events.Select(e => e.Start).Should().BeInAscendingOrder();
        events[^1].Dates.End.Should().Be(new LocalDate(2014, 5, 16));
    }
}
