using System;
using System.Linq;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using static Wgec.Core.Tests.Catalogue.WorkedExample;

namespace Wgec.Core.Tests.Catalogue;

public sealed class GapAnalysisTests
{
    private static readonly SourceReference Mandate = new("Hand-made mandate reference");

    private static MappingExercise HandMade(params Mechanism[] mechanisms) => new(
        [
            new MappingArea(1, "Infrastructure", [1]),
            new MappingArea(2, "Security", [2]),
            new MappingArea(3, "Human rights and development", [3, 4, 5]),
        ],
        mechanisms);

    private static Mechanism Icann => new("ICANN", MechanismType.Organisation, Mandate, [new MechanismLink(MappingTargetKind.Issue, 1, Coverage.Full)]);

    private static Mechanism Budapest => new("Budapest Convention", MechanismType.Instrument, Mandate, [new MechanismLink(MappingTargetKind.Issue, 2, Coverage.Partial)]);

    private static Mechanism Igf(MappingTargetKind target, int number, Coverage coverage) =>
        new("IGF", MechanismType.Forum, Mandate, [new MechanismLink(target, number, coverage)]);

    [Fact]
    public void Analyse_HandMadeMapping_RanksIssuesByBreadthOfConcernThenRespondentsThenCoverageThenNumber()
    {
        var report = GapAnalysis.Analyse(ExampleCatalogue, HandMade(Icann, Budapest, Igf(MappingTargetKind.Issue, 5, Coverage.Partial)));

        report.IssuesAnalysed.Should().Be(5);
        report.Issues.Select(g => (g.Rank, g.Number, g.Coverage, g.RespondentCount, g.CategoryCount)).Should().Equal(
            (1, 4, Coverage.None, 3, 3),
            (2, 3, Coverage.None, 1, 1),
            (3, 2, Coverage.Partial, 1, 1),
            (4, 5, Coverage.Partial, 1, 1));
        report.Issues[0].Title.Should().Be("Privacy and data protection");
        report.Issues[0].Categories.Should().Equal(StakeholderGroup.Governments, StakeholderGroup.CivilSociety, StakeholderGroup.TechnicalAndAcademic);
        report.Issues[0].PartialMechanisms.Should().BeEmpty();
        report.Issues[2].PartialMechanisms.Should().Equal("Budapest Convention");
        report.Issues.Should().NotContain(g => g.Number == 1, "issue 1 is fully covered by ICANN");
        report.Issues[0].ToString().Should().Be("#1 Issue 4 Privacy and data protection (None; 3 respondents, 3 categories)");
    }

    [Fact]
    public void Analyse_HandMadeMapping_RanksAreasByUnionOfTheirIssuesConcern()
    {
        var report = GapAnalysis.Analyse(ExampleCatalogue, HandMade(Icann, Budapest, Igf(MappingTargetKind.Issue, 5, Coverage.Partial)));

        report.AreasAnalysed.Should().Be(3);
        report.Areas.Select(g => (g.Rank, g.Number, g.Coverage, g.RespondentCount, g.CategoryCount)).Should().Equal(
            (1, 3, Coverage.Partial, 5, 4),
            (2, 2, Coverage.Partial, 1, 1));
        report.Areas[0].PartialMechanisms.Should().Equal("IGF");
        report.Areas.Should().OnlyContain(g => g.Target == MappingTargetKind.Area);
    }

    [Fact]
    public void Analyse_FullAreaLink_CoversEveryIssueOfTheArea()
    {
        var report = GapAnalysis.Analyse(ExampleCatalogue, HandMade(Icann, Budapest, Igf(MappingTargetKind.Area, 3, Coverage.Full)));

        report.Issues.Select(g => g.Number).Should().Equal(2);
        report.Areas.Select(g => g.Number).Should().Equal(2);
    }

    [Fact]
    public void Analyse_NoMechanisms_EveryIssueIsAGap_AndTheOrderIsDeterministic()
    {
        var first = GapAnalysis.Analyse(ExampleCatalogue, HandMade());
        var second = GapAnalysis.Analyse(ExampleCatalogue, HandMade());

        first.Should().Be(second);
        first.Issues.Select(g => g.Number).Should().Equal(1, 4, 2, 3, 5);
        first.Issues.Should().OnlyContain(g => g.Coverage == Coverage.None);
    }

    [Fact]
    public void Analyse_WithdrawnIssue_IsNotAGap()
    {
        var catalogue = ExampleCatalogue.WithIssueStatus(4, IssueStatus.Withdrawn);

        var report = GapAnalysis.Analyse(catalogue, HandMade());

        report.IssuesAnalysed.Should().Be(4);
        report.Issues.Should().NotContain(g => g.Number == 4);
    }

    [Fact]
    public void Analyse_MechanismLinksUnknownIssue_ThrowsNamingIt()
    {
        var stray = new Mechanism("WIPO", MechanismType.Organisation, Mandate, [new MechanismLink(MappingTargetKind.Issue, 99, Coverage.Partial)]);

        var act = () => GapAnalysis.Analyse(ExampleCatalogue, HandMade(stray));

        act.Should().Throw<DomainValidationException>()
            .Where(e => e.Rule == "unknown-issue" && e.Location == "mechanisms[0].links[0].number")
            .WithMessage("mechanism 'WIPO' links issue 99, which is not in the catalogue.*");
    }

    [Fact]
    public void Analyse_AreaHoldsUnknownIssue_ThrowsNamingIt()
    {
        var mapping = new MappingExercise([new MappingArea(1, "Legal", [42])], []);

        var act = () => GapAnalysis.Analyse(ExampleCatalogue, mapping);

        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "unknown-issue" && e.Location == "areas[0].issueNumbers[0]");
    }

    [Fact]
    public void Analyse_CatalogueWithoutRecords_CountsNoRespondents()
    {
        var catalogue = Wgec2013Catalogue.Catalogue();
        var mapping = new MappingExercise([new MappingArea(1, "Critical Internet Resources", [1])], [], 24);

        var report = GapAnalysis.Analyse(catalogue, mapping);

        report.Issues.Select(g => g.Number).Should().Equal(1, 2, 3);
        report.Issues.Should().OnlyContain(g => g.RespondentCount == 0 && g.CategoryCount == 0);
    }
}
