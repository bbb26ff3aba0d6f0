using System.Linq;
using Wgec.Core.Catalogue;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Serialization;
using Wgec.Core.Tests.Consultation;
using Wgec.Core.Tests.Serialization.Dossier;

namespace Wgec.Core.Tests;

/// <summary>
/// The references issue 18 found unchecked, checked where both ends are known: catalogue groupings against
/// the dossier's groups, raw items against the questionnaire, and the references nothing can check reported.
/// The rich sample has consultation groups A and B, report groups A–E, five questions and seven raw items.
/// </summary>
public sealed class DossierReferencesTests
{
    private static readonly Dossier Rich = SampleDossiers.Rich();

    private static void ShouldFault(System.Action act, string rule, string location, params string[] fragments)
    {
        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be(rule);
        ex.Location.Should().Be(location);
        foreach (var fragment in fragments)
        {
            ex.Message.Should().Contain(fragment);
        }
    }

    private static IssueCatalogue Rows(GroupKey? grouping, params GroupKey[] declared) => new(
        new CategoryTaxonomy("Test categories", ["Cybercrime"]),
        [CatalogueIssue.Listed(1, "Combating cybercrime", "Cybercrime", new GroupKey("A"), []), CatalogueIssue.Listed(2, "Spam", "Cybercrime", grouping, [])],
        groupings: declared);

    private static IssueCatalogue WithQuestion(IssueCatalogue catalogue, int question)
    {
        var consolidation = catalogue.Consolidation!;
        var items = consolidation.RawItems.Select((r, i) => i != 2 ? r : new RawItem(r.Id, r.Text, new ItemProvenance(r.Provenance.Respondent, question, r.Provenance.Category, r.Provenance.ExcerptLocation)));
        return IssueCatalogue.FromConsolidation(catalogue.Taxonomy, new Consolidation(items, consolidation.Operations), catalogue.Declared);
    }

    [Fact]
    public void Constructor_IssueInAGroupingTheDossierDoesNotHold_Throws()
    {
        ShouldFault(() => Rich.WithCatalogue(Rows(new GroupKey("F"))), "unresolved-reference", "catalogue.issues[1].grouping",
            "issue 2 is in grouping 'F'", "not a group of the consultation (A, B) nor a group of the deliberation's report (A, B, C, D, E)");
    }

    [Fact]
    public void Constructor_IssueInAReportGroupOrAConsultationGroup_Resolves()
    {
        Rich.WithCatalogue(Rows(new GroupKey("E"))).Catalogue!.Issues[1].Grouping.Should().Be(new GroupKey("E"));
        Rich.WithCatalogue(Rows(null)).Catalogue!.Issues[1].Grouping.Should().BeNull();
    }

    [Fact]
    public void Constructor_GroupingsAreNotCheckedWhenTheDossierHoldsNoGroups()
    {
        var dossier = new Dossier("No groups", Rich.Process, catalogue: Rows(new GroupKey("F")));
        dossier.Catalogue!.Issues[1].Grouping.Should().Be(new GroupKey("F"));
    }

    [Fact]
    public void Constructor_DeclaredGroupingTheDossierDoesNotHold_Throws()
    {
        ShouldFault(() => Rich.WithCatalogue(Rows(null, new GroupKey("A"), new GroupKey("Z"))), "unresolved-reference", "catalogue.groupings[1]",
            "the catalogue declares grouping 'Z'");
    }

    [Theory]
    [InlineData(6)]
    [InlineData(19)]
    [InlineData(999)]
    public void Constructor_RawItemAnsweringNoQuestionOfTheQuestionnaire_Throws(int question)
    {
        ShouldFault(() => Rich.WithCatalogue(WithQuestion(Rich.Catalogue!, question)), "unresolved-reference", "catalogue.consolidation.rawItems[2].provenance.question",
            $"raw item 'i03' answers question {question}", "questions 1 to 5");
    }

    [Fact]
    public void Constructor_RawItemAnsweringTheLastQuestion_Resolves()
    {
        Rich.WithCatalogue(WithQuestion(Rich.Catalogue!, 5)).Catalogue!.Consolidation!.RawItems[2].Provenance.Question.Should().Be(5);
    }

    [Fact]
    public void Constructor_RawItemFromAnUnknownRespondent_NamesTheItemById()
    {
        var consultation = new ConsultationRecord(SampleConsultation.Questionnaire(), SampleConsultation.Groups(), SampleConsultation.Respondents().Where(r => r.Id != new RespondentId("r04")));
        ShouldFault(() => Rich.WithConsultation(consultation), "unresolved-reference", "catalogue.consolidation.rawItems[2].provenance.respondent",
            "raw item 'i03' comes from respondent 'r04'");
    }

    [Fact]
    public void DataQualityFindings_ConsultationWithoutRespondents_SayHowManyReferencesWereNotChecked()
    {
        var dossier = Rich.WithConsultation(new ConsultationRecord(SampleConsultation.Questionnaire(), SampleConsultation.Groups()));

        var finding = dossier.DataQualityFindings().Should().ContainSingle(f => f.Code == "unchecked-references").Which;
        finding.Computed.Should().Be(7);
        finding.Message.Should().Be("The consultation lists no respondents, so the respondent of each of the 7 raw items (7 references, e.g. raw item 'i01' from respondent 'r01') could not be checked.");
    }

    [Fact]
    public void DataQualityFindings_NoConsultation_CountRespondentAndQuestionReferences()
    {
        var finding = Rich.WithConsultation(null).DataQualityFindings().Should().ContainSingle(f => f.Code == "unchecked-references").Which;
        finding.Computed.Should().Be(14);
        finding.Message.Should().Contain("the respondent and the question of each of the 7 raw items (14 references");
    }

    [Fact]
    public void DataQualityFindings_OneRawItem_SayItInTheSingular()
    {
        var taxonomy = Rich.Catalogue!.Taxonomy;
        var item = Rich.Catalogue.Consolidation!.RawItems[0];
        var issue = Rich.Catalogue.Issues[0];
        var log = new Consolidation([item], [ConsolidationOperation.Keep(item.Id, 1, issue.Title, issue.Category, issue.Grouping)]);
        var dossier = new Dossier(Rich.Title, Rich.Process, new ConsultationRecord(SampleConsultation.Questionnaire(), SampleConsultation.Groups()), IssueCatalogue.FromConsolidation(taxonomy, log));

        var finding = dossier.DataQualityFindings().Should().ContainSingle(f => f.Code == "unchecked-references").Which;
        finding.Message.Should().StartWith($"The consultation lists no respondents, so the respondent of the one raw item (1 reference, e.g. raw item '{item.Id}'");
    }

    [Fact]
    public void DataQualityFindings_EveryReferenceChecked_ReportNothingUnchecked()
    {
        Rich.DataQualityFindings().Should().NotContain(f => f.Code == "unchecked-references");
        Rich.WithCatalogue(Rows(null)).WithConsultation(null).DataQualityFindings().Should().NotContain(f => f.Code == "unchecked-references", "without raw items there is no reference");
    }

    [Fact]
    public void Read_IssueInAnUnknownGrouping_IsAnErrorAtItsPath()
    {
        var root = SampleDossiers.RichNode();
        root["dossier"]!["catalogue"]!["issues"]![2]!["grouping"] = "F";
        root["dossier"]!["catalogue"]!["consolidation"]!["operations"]![1]!["issues"]![1]!["grouping"] = "F";

        DossierSerializer.TryRead(SampleDossiers.Text(root), out var dossier, out var errors).Should().BeFalse();
        dossier.Should().BeNull();
        errors.Should().ContainSingle().Which.ToString().Should().Be(
            "$.dossier.catalogue.issues[2].grouping: issue 3 is in grouping 'F', which is not a group of the consultation (A, B) nor a group of the deliberation's report (A, B, C, D, E).");
    }

    [Fact]
    public void Read_RawItemAnsweringQuestion19_IsAnErrorAtItsPath()
    {
        var root = SampleDossiers.RichNode();
        root["dossier"]!["catalogue"]!["consolidation"]!["rawItems"]![0]!["provenance"]!["question"] = 19;

        DossierSerializer.TryRead(SampleDossiers.Text(root), out _, out var errors).Should().BeFalse();
        errors.Should().ContainSingle().Which.ToString().Should().StartWith(
            "$.dossier.catalogue.consolidation.rawItems[0].provenance.question: raw item 'i01' answers question 19, which is not a question of the questionnaire");
    }
}
