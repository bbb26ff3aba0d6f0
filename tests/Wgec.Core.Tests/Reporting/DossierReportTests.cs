using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Wgec.Core.Datasets;
using Wgec.Core.Identifiers;
using Wgec.Core.Reporting;
using Wgec.Core.Tests.Process;
using Wgec.Core.Tests.Recommendations;

namespace Wgec.Core.Tests.Reporting;

/// <summary>
/// The reports of the embedded 2013–2014 dossier, read as text: every fact the dossier holds appears in
/// both the Markdown and the HTML report with its numbered source note, derived facts are marked, and
/// no section is empty or says only "None.".
/// </summary>
public sealed class DossierReportTests
{
    private static readonly Dossier D = WgecDatasets.Wgec2013();
    private static readonly ReportOutline Outline = D.Report();
    private static readonly string Markdown = Plain(MarkdownReportRenderer.Render(Outline));
    private static readonly string Html = HtmlText(HtmlReportRenderer.Render(D));

    public static TheoryData<string> Facts()
    {
        var facts = new TheoryData<string>();
        void Add(string? fact)
        {
            if (fact is not null)
            {
                facts.Add(fact);
            }
        }

        var process = D.Process;
        Add(process.Name);
        Add(process.Mandate.Resolution.ToString());
        Add(process.Mandate.Summary);
        Add(process.Mandate.ReportingTarget.Body);
        Add(process.Chair!.Name);
        Add(process.Composition.Policy.Description);
        process.Participants.Where(p => p.IsNamed).ToList().ForEach(p => Add(p.Name));
        process.Modalities.Principles.ToList().ForEach(Add);
        Add(process.Modalities.MultiStakeholderApproach);
        Add(process.Modalities.ObserverPolicy.Rules);
        foreach (var m in process.Meetings)
        {
            Add(ReportText.Dates(m));
            m.AllAgendaItems().ToList().ForEach(a => Add(a.Title));
            m.Decisions.ToList().ForEach(d => Add(d.Text));
            m.BreakoutGroups.ToList().ForEach(b => Add("Led by " + b.Lead + ": " + b.Output));
            m.Results.ToList().ForEach(Add);
            m.NextSteps.ToList().ForEach(Add);
            m.Resources.ToList().ForEach(r => Add(r.Title));
            m.Resources.Where(r => r.Address is not null).ToList().ForEach(r => Add(r.Address!.AbsoluteUri));
            m.RelatedEvents.ToList().ForEach(e => Add(e.Name));
            m.RelatedEvents.ToList().ForEach(e => Add(e.Place));
        }

        var consultation = D.Consultation!;
        consultation.Questionnaire.Questions.ToList().ForEach(q => Add(q.Text));
        consultation.Groups.ToList().ForEach(g => Add($"{g.Key}. {g.Title}"));
        consultation.Declared.ByGroup.ToList().ForEach(c => Add($"{c.Label}: {c.Count}"));
        Add("69 in total");
        Add("Sum of the categories: 71, not the declared total of 69");
        Add("17 September 2013");
        D.Catalogue!.Issues.ToList().ForEach(i => Add(i.Title));
        Add("483 items");
        var group = D.CorrespondenceGroup!;
        group.TermsOfReference.ToList().ForEach(Add);
        group.Coordinators.ToList().ForEach(c => Add(c.Name));
        group.Milestones.ToList().ForEach(m => Add(m.Description));
        Add("24 areas");
        D.Deliberation.Groups.ToList().ForEach(g => Add($"{g.Key}. {g.Title}"));
        D.Deliberation.ContributionCategories.ToList().ForEach(Add);
        D.Deliberation.Axes.ToList().ForEach(a => Add($"{a.Name}: {a.LeftPole} ↔ {a.RightPole}"));
        D.Deliberation.Conclusion.ToList().ForEach(Add);
        D.Deliberation.Recommendations.SelectMany(r => r.History.Events).Select(e => e.Note).Distinct().ToList().ForEach(Add);
        D.DataQualityFindings().ToList().ForEach(f => Add(f.Message));
        return facts;
    }

    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string>();
        foreach (var source in AllSources().Distinct())
        {
            data.Add(source.Address?.AbsoluteUri ?? source.Citation);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Facts))]
    public void EveryFactTheDossierHolds_IsInBothReports(string fact)
    {
        Markdown.Should().Contain(fact);
        Html.Should().Contain(fact);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void EverySource_IsANumberedNote_WithItsAddress(string addressOrCitation)
    {
        var notes = Outline.Sections[^1];
        notes.Heading.Should().Be("Notes");
        notes.Items.Should().Contain(i => Regex.IsMatch(i, @"^\[\d+\] ") && i.Contains(addressOrCitation));
        Markdown.Should().Contain(addressOrCitation);
        Html.Should().Contain(addressOrCitation);
    }

    [Fact]
    public void EveryCitedNumber_HasItsNote_AndEveryNoteIsCited()
    {
        var notes = Outline.Sections[^1].Items.Length;
        var body = string.Join("\n", Texts(Outline.Sections.Take(Outline.Sections.Length - 1)));
        var cited = Regex.Matches(body, @"\[(\d+(?:, \d+)*)\]").SelectMany(m => m.Groups[1].Value.Split(", ")).Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).Distinct().OrderBy(n => n).ToList();
        cited.Should().Equal(Enumerable.Range(1, notes));
    }

    [Theory]
    [InlineData("Q18 (comments): Comments and additional topics (inferred)")]
    [InlineData("Q12 (substantive): A further question on barriers to participation in enhanced cooperation (group E) (derived)")]
    [InlineData("consolidated into a table whose issues number 215. (derived)")]
    [InlineData("Sessions: 30 May 2013 afternoon; 31 May 2013 whole day. (reconstructed)")]
    [InlineData("Stakeholder group of the secretariat: intergovernmental and international organisations (inferred)")]
    [InlineData("Stakeholder group of the chair: governments (inferred)")]
    [InlineData("the Chair's report declares the reduction as '200+'; 215 is the number of the table's last row")]
    [InlineData("No 1: Allocation of domain names (category Critical Internet Resources; grouping, activities & approaches, status blank)")]
    public void DerivedFacts_AreMarked_AndTheirNotesSayWhy(string text)
    {
        Markdown.Should().Contain(text);
        Html.Should().Contain(text);
    }

    [Fact]
    public void StatedFacts_AreNotMarked()
    {
        Markdown.Should().Contain("Q2 (substantive): What are the significance, purpose and scope of enhanced cooperation? [");
        Markdown.Should().NotContain("Chair: Peter Major (Hungary) (inferred)");
    }

    [Fact]
    public void ProcessWithNoMeetingsAndNothingElseToDescribe_HasNoMethodologySection()
    {
        var reference = Wgec2013Process.Build();
        var process = new Wgec.Core.Process.WorkingGroup("WG", reference.Mandate, reference.Composition, reference.Modalities, []);
        var outline = new Dossier("No meetings yet", process).Report();
        outline.Sections.Select(s => s.Heading).Should().NotContain("Description of the meetings and methodology");
        outline.Sections[0].Heading.Should().Be("Introduction");
        foreach (var section in All(outline.Sections))
        {
            (section.Paragraphs.Length + section.Items.Length + section.Subsections.Length).Should().BePositive(section.Heading + " has nothing to say");
        }
    }

    [Fact]
    public void Tasks_AreWordedAsTheDossiersMandateWordsThem()
    {
        var reference = Wgec2013Process.Build();
        var mandate = new Wgec.Core.Process.Mandate(
            reference.Mandate.Resolution, reference.Mandate.AdoptionYear, null, reference.Mandate.Summary,
            [new Wgec.Core.Process.MandateTask("mapMechanisms", "map the existing mechanisms and their gaps")],
            reference.Mandate.ReportingTarget, sources: reference.Mandate.Sources);
        var process = new Wgec.Core.Process.WorkingGroup("WG", mandate, reference.Composition, reference.Modalities, reference.Meetings);
        var markdown = Plain(MarkdownReportRenderer.Render(new Dossier("Other tasks", process).Report()));
        markdown.Should().Contain("Its tasks: map the existing mechanisms and their gaps. [").And.NotContain("seek inputs");
        Markdown.Should().Contain("Its tasks: seek inputs from all Member States and all other stakeholders; compile the inputs; review the inputs; make recommendations on how to fully implement the mandate.");
    }

    [Fact]
    public void End_OfTheProcess_OpensTheConclusion_WithItsSource()
    {
        var reference = Wgec2013Process.Build();
        var end = new Wgec.Core.Process.ProcessEnd(4, new NodaTime.LocalDate(2014, 5, 2), "No recommendations were agreed.", [new SourceReference("A record of the end")]);
        var outline = new Dossier("Ended", reference.WithEnd(end)).Report();
        var conclusion = outline.Sections.Single(s => s.Heading == "Conclusion");
        conclusion.Items[0].Should().StartWith("The process ended at its 4th and final meeting, on 2 May 2014: No recommendations were agreed. [");
        Outline.Sections.Single(s => s.Heading == "Conclusion").Items[0].Should().NotContain("The process ended", "the 2013 dataset records no end");
    }

    [Fact]
    public void NoSection_IsEmpty_OrSaysOnlyNone()
    {
        foreach (var section in All(Outline.Sections))
        {
            (section.Paragraphs.Length + section.Items.Length + section.Subsections.Length).Should().BePositive(section.Heading);
            section.Items.Should().NotContain(i => i.StartsWith("None", StringComparison.Ordinal), section.Heading);
            section.Paragraphs.Should().NotContain(i => i.StartsWith("None", StringComparison.Ordinal), section.Heading);
        }
    }

    [Fact]
    public void Outline_KeepsTheAgreedStructure_ThenResultsFindingsAndNotes()
    {
        Outline.Title.Should().Be("Report of the Chair of the CSTD Working Group on Enhanced Cooperation (WGEC)");
        var agreed = Wgec2013Recommendations.ReportStructure;
        Outline.Sections.Select(s => s.Heading).Should().Equal(
            agreed.Take(agreed.Length - 1).Concat(["Results", agreed[^1], "Data-quality findings", "Notes"]),
            "the agreed structure, with the results before its conclusion and the findings and notes after it");
        Outline.Sections[1].Subsections.Select(s => s.Heading).Should().StartWith(
            ["1st meeting: 30 May 2013 (afternoon) – 31 May 2013, Conference Centre Varembé (CCV), Geneva", "2nd meeting: 6–8 November 2013, Palais des Nations, Geneva"]);
    }

    [Fact]
    public void Results_ShowThePackageLogic_OnTheGroupLevelRecords()
    {
        Markdown.Should().Contain("Condition 'agreement on some issues in A and B': C (wgec-2014-C), D (wgec-2014-D), E (wgec-2014-E) can be agreed only when 1 of A (wgec-2014-A), B (wgec-2014-B) is agreed; 0 are, so the condition is not met.");
        Markdown.Should().Contain("wgec-2014-D — Draft recommendations of group D (group-level record; texts not in the stored sources) (some agreements on recommendations in group D)");
    }

    [Fact]
    public void Html_Masthead_SaysWhatTheDocumentIs_NotTheMandatesSymbol()
    {
        var page = XDocument.Parse(HtmlReportRenderer.Render(D).Replace("<!DOCTYPE html>", string.Empty, StringComparison.Ordinal));
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var masthead = page.Descendants(x + "header").Single().Value;
        masthead.Should().Contain("Report of the Chair, Peter Major").And.Contain("17th session").And.NotContain("A/RES/67/195");
        page.Descendants(x + "title").Single().Value.Should().Be(Outline.Title);
    }

    [Fact]
    public void Html_LeavesOutTheOutcomesChart_WhenNoRecommendationWasRead()
    {
        var html = HtmlReportRenderer.Render(D);
        html.Should().NotContain("stacked-bar-chart").And.NotContain(">Outcomes by group<");
        Regex.Count(html, "<svg ").Should().Be(2);
    }

    [Fact]
    public void Html_TimelineLabels_AreWholeOrShortenedWithTheWholeLabelAsTooltip()
    {
        var html = HtmlReportRenderer.Render(D);
        html.Should().Contain("1st meeting, Geneva, from the afternoon");
        foreach (Match label in Regex.Matches(html, "class=\"item-label\"[^>]*>(.*?)</text>", RegexOptions.Singleline))
        {
            if (label.Groups[1].Value.Contains('…'))
            {
                html.Should().Contain("<title>Report to the Commission on Science and Technology for Development (CSTD) at its 17th session: 12–16 May 2014</title>");
            }
        }
    }

    [Fact]
    public void Summary_ShowsTheAfternoonStart_TheChair_AndTheFourthMeetingsState()
    {
        var text = DossierSummary.ToText(D);
        text.Should().Contain("30 May 2013 (afternoon) – 31 May 2013  1st meeting, Geneva");
        text.Should().Contain("Chair: Peter Major (Hungary).");
        text.Should().Contain("E. wgec-2014-E      to be revisited after the 4th meeting: some agreements on recommendations in group E");
        text.Should().Contain("Condition 'agreement on some issues in A and B': wgec-2014-C, wgec-2014-D, wgec-2014-E need 1 of wgec-2014-A, wgec-2014-B agreed.");
        text.Should().Contain("215 issues (derived: the Chair's report declares the reduction as '200+'");
        text.Should().NotContain("agreed 0, to be revisited 0", "without readings there is no table of zeros");
    }

    private static IEnumerable<SourceReference> AllSources()
    {
        var p = D.Process;
        return p.Sources.Concat(p.Mandate.Sources).Concat(p.Mandate.ReportingTarget.Sources).Concat(p.Modalities.Sources)
            .Concat(p.Participants.Where(x => x.Standing is Wgec.Core.Process.Standing.Chair or Wgec.Core.Process.Standing.Secretariat).SelectMany(x => x.Sources))
            .Concat(p.Meetings.SelectMany(m => m.Sources.Concat(m.Decisions.SelectMany(d => d.Sources)).Concat(m.Resources.SelectMany(r => r.Sources))))
            .Concat(D.Consultation!.Questionnaire.Sources.Where(s => s.Derivation is null || s.Derivation.Reason.Contains("question")))
            .Concat(D.Consultation.Declared.ByGroup.Select(c => c.Source)).Append(D.Consultation.Declared.Total!.Source)
            .Concat(D.Consultation.Groups.Select(g => g.Source!))
            .Append(D.Catalogue!.Declared!.Source)
            .Concat(D.CorrespondenceGroup!.Sources).Append(D.CorrespondenceGroup.ChairReport!).Append(D.CorrespondenceGroup.Mapping!.Source!)
            .Concat(D.Deliberation.Sources);
    }

    private static IEnumerable<ReportSection> All(IEnumerable<ReportSection> sections) =>
        sections.SelectMany(s => new[] { s }.Concat(All(s.Subsections)));

    private static IEnumerable<string> Texts(IEnumerable<ReportSection> sections) =>
        All(sections).SelectMany(s => new[] { s.Heading }.Concat(s.Paragraphs).Concat(s.Items));

    // The Markdown as a reader sees it: escapes removed.
    private static string Plain(string markdown) => Regex.Replace(markdown, @"\\([\\*_`\[\]<>#|])", "$1");

    // The HTML page's text, entities decoded, as one string.
    private static string HtmlText(string html)
    {
        var page = XDocument.Parse(html.Replace("<!DOCTYPE html>", string.Empty, StringComparison.Ordinal));
        return string.Join("\n", page.Descendants().Where(e => !e.HasElements).Select(e => e.Value));
    }
}
