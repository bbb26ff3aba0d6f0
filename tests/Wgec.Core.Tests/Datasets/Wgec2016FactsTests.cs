using System;
using System.Linq;
using NodaTime;
using Wgec.Core.Datasets;
using Wgec.Core.Identifiers;
using Wgec.Core.Meetings;
using Wgec.Core.Process;

namespace Wgec.Core.Tests.Datasets;

/// <summary>
/// Each public fact of the 2016–2018 working group, checked against the dossier loaded from the
/// embedded JSON (not against the builders), with the address of the source that states it, so a
/// regenerated dataset that lost a fact or its source fails here.
/// </summary>
public sealed class Wgec2016FactsTests
{
    private const string UnctadNews = "https://unctad.org/news/working-group-enhanced-cooperation";
    private const string DigWatchFirst = "https://dig.watch/?p=15054";
    private const string UnctadFourth = "https://unctad15.org/external/meeting/working-group-enhanced-cooperation-2016-2018-fourth-meeting";
    private const string DigWatchFourth = "https://dig.watch/events/cstd-working-group-enhanced-cooperation-4th-meeting-0";
    private const string UnctadFifth = "https://unctad.org/meeting/working-group-enhanced-cooperation-2016-2018-fifth-meeting";
    private const string DigWatchFifth = "https://wp.dig.watch/?p=15019";
    private const string Hickson = "http://mm.icann.org/pipermail/ccwg-internet-governance/2018-February/003009.html";

    private static Dossier D => WgecDatasets.Wgec2016();

    private static Meeting M(int number) => D.Process.FindMeeting(number)!;

    private static string?[] Addresses(System.Collections.Generic.IEnumerable<SourceReference> sources) => sources.Select(s => s.Address?.AbsoluteUri).ToArray();

    private static bool Mentions(string text, params string[] fragments) =>
        fragments.All(f => text.Contains(f, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Mandate_IsResolution70_125_Of16December2015()
    {
        var mandate = D.Process.Mandate;
        mandate.Resolution.Should().Be(DocumentSymbol.Parse("A/RES/70/125"));
        mandate.AdoptedOn.Should().Be(new LocalDate(2015, 12, 16));
        Addresses(mandate.Sources).Should().Contain([UnctadNews, DigWatchFirst]);
        Mentions(mandate.Summary, "through ECOSOC", "Tunis Agenda", "working methods", "21st session").Should().BeTrue();
        mandate.ReferencedParagraphs.Should().ContainSingle().Which.ToString().Should().Be("Tunis Agenda ¶69–71");
    }

    [Fact]
    public void Mandate_TasksAreThisMandatesOwn_InItsWording()
    {
        var tasks = D.Process.Mandate.Tasks;
        tasks.Select(t => t.Key).Should().Equal("makeRecommendations", "decideWorkingMethods", "involveAllStakeholders");
        Mentions(tasks[0].Description, "develop recommendations", "implement enhanced cooperation further", "Tunis Agenda", "work already done").Should().BeTrue();
        Mentions(tasks[1].Description, "working methods", "outset").Should().BeTrue();
        Mentions(tasks[2].Description, "all relevant stakeholders", "views and expertise").Should().BeTrue();
        tasks.Should().NotContain(MandateTask.Wgec2013Tasks, "the second mandate is worded differently from A/RES/67/195");
    }

    [Fact]
    public void ReportingTarget_IsCstd21_14To18May2018()
    {
        var target = D.Process.Mandate.ReportingTarget;
        target.SessionNumber.Should().Be(21);
        target.SessionDates.Equals(new DateInterval(new LocalDate(2018, 5, 14), new LocalDate(2018, 5, 18))).Should().BeTrue();
        Addresses(target.Sources).Should().Contain([UnctadNews, "https://dig.watch/events/commission-science-and-technology-development-%E2%80%93-21st-session"]);
    }

    [Fact]
    public void WorkingGroup_WasEstablishedOn3May2016_AndEcosocNotedItsStructureOn27July2016()
    {
        D.Process.EstablishedOn.Should().Be(new LocalDate(2016, 5, 3));
        Addresses(D.Process.Sources).Should().Contain(UnctadNews);
        var ecosoc = D.OtherEvents.Single(e => e.Title.Contains("2016/22"));
        ecosoc.Dates.Start.Should().Be(new LocalDate(2016, 7, 27));
        Addresses(ecosoc.Sources).Should().Equal(UnctadNews);
        Mentions(D.Process.Composition.Policy.Description!, "2016/22", "27 July 2016", "not in the stored sources").Should().BeTrue();
    }

    [Fact]
    public void Chair_IsBenedictoFonsecaFilho_WithHisStakeholderGroupInferred()
    {
        var chair = D.Process.Chair!;
        chair.Name.Should().Be("Benedicto Fonseca Filho");
        chair.Affiliation.Should().BeNull("no stored source names his country");
        Addresses(chair.Sources.Where(s => s.Derivation is null)).Should().Contain([UnctadNews, UnctadFifth]);
        chair.Sources.Should().ContainSingle(s => s.Derivation != null).Which.Derivation!.Kind.Should().Be(DerivationKind.Inferred);
    }

    [Fact]
    public void Roster_HoldsNoUnsourcedSeats_SoTheCompositionFollowsItsEmptyPolicy()
    {
        D.Process.Composition.Policy.Seats.Should().BeEmpty();
        D.Process.Participants.Select(p => p.Standing).Should().Equal(Standing.Chair, Standing.Secretariat);
        D.Process.Composition.FollowsPolicy.Should().BeTrue();
    }

    [Fact]
    public void Meetings_AreThe1st2nd4thAnd5th_TheThirdIsNotOnRecord()
    {
        D.Process.Meetings.Select(m => m.Number).Should().Equal(1, 2, 4, 5);
        D.Process.FindMeeting(3).Should().BeNull();
        D.Process.Meetings.Should().OnlyContain(m => m.Venue.City == "Geneva");
    }

    [Fact]
    public void FirstMeeting_30September2016_AgreedTheTwoGuidingQuestions()
    {
        M(1).Dates.Equals(new DateInterval(new LocalDate(2016, 9, 30), new LocalDate(2016, 9, 30))).Should().BeTrue();
        Addresses(M(1).Sources).Should().Contain([DigWatchFirst, UnctadNews]);
        Mentions(M(1).Decisions.Single().Text, "two questions").Should().BeTrue();
        M(1).NextMeeting!.Dates.Equals(new DateInterval(new LocalDate(2017, 1, 26), new LocalDate(2017, 1, 27))).Should().BeTrue();
    }

    [Fact]
    public void SecondMeeting_26To27January2017_ItsVenueInferred()
    {
        M(2).Dates.Equals(new DateInterval(new LocalDate(2017, 1, 26), new LocalDate(2017, 1, 27))).Should().BeTrue();
        M(2).Sources.Where(s => s.Derivation is { Kind: DerivationKind.Inferred }).Should().ContainSingle()
            .Which.Derivation!.Reason.Should().Contain("not its venue");
    }

    [Fact]
    public void FourthMeeting_25To27September2017_InRoomXXVI_WithItsTimelineAndDivides()
    {
        var fourth = M(4);
        fourth.Dates.Equals(new DateInterval(new LocalDate(2017, 9, 25), new LocalDate(2017, 9, 27))).Should().BeTrue();
        fourth.Venue.Room.Should().Be("Room XXVI");
        Addresses(fourth.Sources).Should().Contain([UnctadFourth, DigWatchFourth]);
        fourth.NextSteps.Should().Contain(s => s.StartsWith("By 15 October 2017", StringComparison.Ordinal));
        fourth.NextSteps.Should().Contain(s => Mentions(s, "first week of January", "second draft"));
        fourth.Results.Should().Contain(r => Mentions(r, "new UN mechanism", "intergovernmental", "multistakeholder"));
        fourth.Results.Should().Contain(r => Mentions(r, "Sustainable Development Goals"));
        fourth.Results.Should().Contain(r => Mentions(r, "without consensus", "General Assembly"));
    }

    [Fact]
    public void FifthMeeting_29To31January2018_AtThePalaisDesNations_IsTheFinalOne()
    {
        var fifth = M(5);
        fifth.Dates.Equals(new DateInterval(new LocalDate(2018, 1, 29), new LocalDate(2018, 1, 31))).Should().BeTrue();
        fifth.Venue.Building.Should().Be("Palais des Nations");
        Addresses(fifth.Sources).Should().Contain([UnctadFifth, DigWatchFifth, Hickson]);
        fifth.Resources.Should().Contain(r => Mentions(r.Title, "second draft of the report"));
        D.Process.Meetings[^1].Should().BeSameAs(fifth);
    }

    [Fact]
    public void End_IsThe5thMeeting_On1February2018_WithoutAnAdoptedReport()
    {
        var end = D.Process.End!;
        end.FinalMeeting.Should().Be(5);
        end.EndedOn.Should().Be(new LocalDate(2018, 2, 1));
        Mentions(end.Outcome, "could not adopt a report", "lack of consensus", "own summary").Should().BeTrue();
        Addresses(end.Sources).Should().Equal(Hickson);
    }

    [Fact]
    public void EndDate_AndTheFinalMeetingsLastDay_Disagree_AndBothAreKeptAndReported()
    {
        // Digital Watch and UNCTAD give 29–31 January; the member's account has the talks end early on 1 February.
        M(5).Dates.End.Should().Be(new LocalDate(2018, 1, 31));
        D.Process.End!.EndedOn.Should().Be(new LocalDate(2018, 2, 1));
        D.DataQualityFindings().Should().ContainSingle(f => f.Code == "process-end-after-final-meeting")
            .Which.Message.Should().Contain("1 February 2018").And.Contain("31 January 2018");
    }

    [Fact]
    public void CallForContributions_HasTheTwoGuidingQuestions_Due7December2016_OpenToAll()
    {
        var questionnaire = D.Consultation!.Questionnaire;
        questionnaire.Questions.Should().HaveCount(2);
        Mentions(questionnaire.Questions[0].Text, "high level", "enhanced cooperation").Should().BeTrue();
        Mentions(questionnaire.Questions[1].Text, "previous WGEC", "Tunis Agenda", "69–71", "recommendations").Should().BeTrue();
        questionnaire.IsOpenToAllStakeholders.Should().BeTrue();
        questionnaire.Deadlines.Original.Date.Should().Be(new LocalDate(2016, 12, 7));
        questionnaire.Deadlines.Original.Source!.Address!.ToString().Should().Be(UnctadNews);
        D.Consultation.Respondents.Should().BeEmpty("no contribution is held: none is in the stored sources");
    }

    [Fact]
    public void Deliberation_HoldsTheDividesOnRecord_AndNoRecommendationTexts()
    {
        var deliberation = D.Deliberation;
        deliberation.Recommendations.Should().BeEmpty();
        deliberation.Readings.Should().BeEmpty();
        deliberation.DeclaredAgreedCount.Should().BeNull("the sources say no report was adopted, not how many recommendations were agreed");
        deliberation.Axes.Select(a => a.Name).Should().Equal("New UN mechanism", "Focus of a new mechanism", "Recommendations without consensus");
        Addresses(deliberation.Sources).Should().Equal(Hickson, DigWatchFourth);
        deliberation.Conclusion.Should().Contain(c => Mentions(c, "five times", "lack of consensus"));
    }

    [Fact]
    public void EveryFact_HasASource_AndEveryDerivedFactSaysWhy()
    {
        var process = D.Process;
        var sourced = new[] { process.Sources, process.Mandate.Sources, process.Mandate.ReportingTarget.Sources, process.Modalities.Sources, process.End!.Sources, D.Deliberation.Sources, D.Consultation!.Questionnaire.Sources }
            .Concat(process.Meetings.Select(m => m.Sources))
            .Concat(process.Participants.Select(p => p.Sources))
            .Concat(D.OtherEvents.Select(e => e.Sources));
        sourced.Should().OnlyContain(list => !list.IsEmpty && list.Any(s => s.Address != null));
        process.Meetings.SelectMany(m => m.Decisions).Should().OnlyContain(d => !d.Sources.IsEmpty);
        process.Meetings.SelectMany(m => m.Resources).Should().OnlyContain(r => !r.Sources.IsEmpty);
        sourced.SelectMany(list => list).Where(s => s.Derivation != null).Should().OnlyContain(s => s.Derivation!.Reason.Length > 20);
    }
}
