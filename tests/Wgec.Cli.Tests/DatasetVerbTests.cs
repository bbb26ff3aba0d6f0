using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using Wgec.Core.Datasets;
using Wgec.Core.Serialization;

namespace Wgec.Cli.Tests;

/// <summary><c>--dataset NAME</c> on every verb, and <c>wgec datasets</c>.</summary>
public sealed class DatasetVerbTests
{
    public static TheoryData<string> Names() => new(WgecDatasets.All.Select(d => d.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryVerb_RunsOnTheDataset_AndSpeaksOfItsRecord(string name)
    {
        var dossier = WgecDatasets.Find(name).Load();
        var mandate = dossier.Process.Mandate.Resolution.ToString();
        var chair = dossier.Process.Chair!.Name!;

        var summary = Ok("summary", "--dataset", name);
        summary.Should().StartWith(dossier.Title).And.Contain(mandate).And.Contain("Chair: " + chair);

        Ok("validate", "--dataset", name).Should().Be($"the embedded dataset '{name}' is a valid dossier (format wgec-dossier {DossierSerializer.CurrentVersion}): {dossier.Title}.\n");

        Ok("consensus", "--dataset", name).Should().Contain("No recommendation has a reading in this dossier");
        using (var json = JsonDocument.Parse(Ok("consensus", "--dataset", name, "--format", "json")))
        {
            json.RootElement.ValueKind.Should().NotBe(JsonValueKind.Undefined);
        }

        var markdown = Ok("report", "--dataset", name);
        markdown.Should().Contain("# Report of the Chair of the " + dossier.Process.Name).And.Contain(mandate).And.Contain("## Notes");
        foreach (var task in dossier.Process.Mandate.Tasks)
        {
            markdown.Should().Contain(task.Description, "the report takes the tasks' wording from the dossier");
        }

        var html = Ok("report", "--dataset", name, "--format", "html");
        XDocument.Parse(html).Root!.Name.LocalName.Should().Be("html");
        html.Should().Contain(chair);

        using (var outline = JsonDocument.Parse(Ok("report", "--dataset", name, "--format", "json")))
        {
            outline.RootElement.GetProperty("title").GetString().Should().StartWith("Report of the Chair of the " + dossier.Process.Name);
        }

        var export = Ok("export", "--dataset", name);
        DossierSerializer.Read(export).Should().Be(dossier);
        CliRun.WithInput(export, "validate", "-").ExitCode.Should().Be(0, "the export validates");

        Ok("schema", "--dataset", name).Should().Be(DossierSerializer.JsonSchema());
        Ok("datasets", "--dataset", name).Should().Contain(name);
    }

    [Fact]
    public void NoDataset_MeansWgec2013()
    {
        Ok("summary").Should().Be(Ok("summary", "--dataset", "wgec-2013"));
        Ok("export").Should().Be(Ok("export", "--dataset", WgecDatasets.DefaultName));
    }

    [Fact]
    public void Wgec2016_SummaryAndReport_ShowTheSecondGroupsRecordWithItsSources()
    {
        Ok("summary", "--dataset", "wgec-2016").Should()
            .Contain("A/RES/70/125 (2015)")
            .And.Contain("21st session, 14–18 May 2018")
            .And.Contain("Chair: Benedicto Fonseca Filho.")
            .And.Contain("Ended on 1 February 2018, at the 5th and final meeting: The group could not adopt a report for lack of consensus")
            .And.Contain("25–27 September 2017                   4th meeting, Geneva")
            .And.Contain("[process-end-after-final-meeting]")
            .And.NotContain("3rd meeting")
            .And.NotContain("Groupings");
        Ok("report", "--dataset", "wgec-2016").Should()
            .Contain("### 4th meeting: 25–27 September 2017, Room XXVI, Palais des Nations, E-building, Geneva")
            .And.Contain("Its tasks: develop recommendations on how to implement enhanced cooperation further")
            .And.Contain("https://unctad.org/news/working-group-enhanced-cooperation")
            .And.Contain("http://mm.icann.org/pipermail/ccwg-internet-governance/2018-February/003009.html")
            .And.Contain("The process ended at its 5th and final meeting, on 1 February 2018, after the meeting's last scheduled day, 31 January 2018");
    }

    [Fact]
    public void Datasets_ListsEachNameWithItsTitle_InTextAndJson()
    {
        Ok("datasets").Should().Be(
            "wgec-2013  WGEC 2013–2014: the first CSTD Working Group on Enhanced Cooperation (default)\n" +
            "wgec-2016  WGEC 2016–2018: the second CSTD Working Group on Enhanced Cooperation\n");
        using var json = JsonDocument.Parse(Ok("datasets", "--format", "json"));
        json.RootElement.EnumerateArray().Select(e => (e.GetProperty("name").GetString()!, e.GetProperty("title").GetString()!, e.GetProperty("isDefault").GetBoolean()))
            .Should().Equal(WgecDatasets.All.Select(d => (d.Name, d.Title, d.Name == "wgec-2013")));
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("report")]
    [InlineData("validate")]
    [InlineData("export")]
    [InlineData("consensus")]
    public void UnknownDataset_IsAUsageErrorListingTheNames(string verb)
    {
        var run = CliRun.Of(verb, "--dataset", "wgec-2020");
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("--dataset: 'wgec-2020' is not an embedded dataset; the datasets are: wgec-2013, wgec-2016.");
        run.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("validate")]
    [InlineData("export")]
    public void FileAndDataset_Together_AreAUsageError(string verb)
    {
        var run = CliRun.WithInput(CliRun.Of("export").Output, verb, "-", "--dataset", "wgec-2016");
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("--dataset and FILE together");
        run.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("validate")]
    [InlineData("export")]
    [InlineData("report")]
    [InlineData("consensus")]
    public void DatasetBeforeTheVerb_WithAFile_IsAUsageErrorToo(string verb)
    {
        var run = CliRun.WithInput(CliRun.Of("export").Output, "--dataset", "wgec-2016", verb, "-");
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("--dataset and FILE together");
        run.Output.Should().BeEmpty();
    }

    private static string Ok(params string[] args)
    {
        var run = CliRun.Of(args);
        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().BeEmpty();
        return run.Output;
    }
}
