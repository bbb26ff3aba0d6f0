using System.Linq;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;
using static Wgec.Core.Tests.Catalogue.WorkedExample;

namespace Wgec.Core.Tests.Catalogue;

public sealed class GapReportTests
{
    private static Gap IssueGap(int rank, int number) => new(rank, MappingTargetKind.Issue, number, "t", Coverage.None, [], 1, [StakeholderGroup.Governments]);

    [Fact]
    public void Constructor_RanksNotOneToN_Throws()
    {
        var act = () => new GapReport([IssueGap(2, 1)], [], 3, 0);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "gap-rank" && e.Location == "issues[0].rank");
    }

    [Fact]
    public void Constructor_AreaGapInIssueList_Throws()
    {
        var area = new Gap(1, MappingTargetKind.Area, 1, "a", Coverage.None, [], 0, []);
        var act = () => new GapReport([area], [], 3, 0);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "gap-kind");
    }

    [Fact]
    public void Constructor_MoreGapsThanAnalysed_Throws()
    {
        var act = () => new GapReport([IssueGap(1, 1), IssueGap(2, 2)], [], 1, 0);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "gaps-exceed-analysed");
    }

    [Fact]
    public void Json_AnalysedReportRoundTrips()
    {
        var mapping = new MappingExercise(
            [new MappingArea(1, "Security", [2, 3])],
            [new Mechanism("IGF", MechanismType.Forum, new SourceReference("Tunis Agenda ¶72"), [new MechanismLink(MappingTargetKind.Issue, 2, Coverage.Partial)])]);
        var report = GapAnalysis.Analyse(ExampleCatalogue, mapping);

        var json = JsonAssert.RoundTrips(report);

        report.Issues.Select(g => g.Number).Should().Equal(1, 4, 3, 5, 2);
        json.Should().Contain("{\"rank\":5,\"target\":\"issue\",\"number\":2,\"title\":\"Combating cybercrime\",\"coverage\":\"partial\",\"partialMechanisms\":[\"IGF\"],\"respondentCount\":1,\"categories\":[\"governments\"]}");
    }
}
