using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;

namespace Wgec.Cli.Tests;

public sealed class VerbTests
{
    private static string ExportedDossier() => CliRun.Of("export").Output;

    private static string TempFile(string content, string extension = ".json")
    {
        var path = Path.Combine(Path.GetTempPath(), "wgec-cli-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Summary_NoFile_ShowsThe2013RecordWithItsDataQualityFinding()
    {
        var run = CliRun.Of("summary");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("A/RES/67/195")
            .And.Contain("17th session, 12–16 May 2014")
            .And.Contain("1st meeting")
            .And.Contain("4th meeting")
            .And.Contain("18 questions")
            .And.Contain("69 in total")
            .And.Contain("Sum of the categories                                 71")
            .And.Contain("E. ")
            .And.Contain("483 items consolidated into 215 issues")
            .And.Contain("Declared result: 0 recommendations agreed")
            .And.Contain("30 May 2013 (afternoon) – 31 May 2013")
            .And.Contain("Chair: Peter Major (Hungary).")
            .And.Contain("D. wgec-2014-D      to be revisited after the 4th meeting: some agreements on recommendations in group D")
            .And.Contain("[condition-not-met]")
            .And.Contain("[declared-distribution-sum-mismatch]");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Summary_MissingFile_ExitsThreeWithoutStackTrace()
    {
        var run = CliRun.Of("summary", "/nonexistent/dossier.json");
        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("was not found").And.NotContain("   at ");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Summary_InvalidJson_ExitsOneWithPath()
    {
        var run = CliRun.WithInput("{\"format\":\"wgec-dossier\",\"formatVersion\":\"1.1\",\"dossier\":[", "summary", "-");
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("$").And.Contain("not a valid dossier");
    }

    [Fact]
    public void ExportThenValidateFromStandardInput_ExitsZero()
    {
        var run = CliRun.WithInput(ExportedDossier(), "validate", "-");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("is a valid dossier");
    }

    [Fact]
    public void Validate_HandBrokenDossier_ExitsOneWithEveryPathBearingError()
    {
        var broken = ExportedDossier()
            .Replace("\"decisionRule\": \"un-consensus\"", "\"decisionRule\": \"coin-toss\"", StringComparison.Ordinal)
            .Replace("\"sessionNumber\": 17", "\"sessionNumber\": -17", StringComparison.Ordinal);
        var run = CliRun.WithInput(broken, "validate", "-");
        run.ExitCode.Should().Be(1, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith("$.", StringComparison.Ordinal) && l.Contains(": "));
        run.Output.Should().Contain("$.dossier.process.mandate.reportingTarget");
        run.Error.Should().Contain("is not valid");
    }

    [Fact]
    public void Validate_MissingFile_ExitsThree()
    {
        CliRun.Of("validate", "/nonexistent/x.json").ExitCode.Should().Be(3);
    }

    [Fact]
    public void Validate_WithoutFile_IsAUsageError()
    {
        var run = CliRun.Of("validate");
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("wgec --help");
    }

    [Fact]
    public void Consensus_Text_NamesTheRuleAndSaysWhenNothingWasRead()
    {
        var run = CliRun.Of("consensus");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("Rule: un-consensus").And.Contain("No recommendation has a reading");
    }

    [Fact]
    public void Consensus_JsonWithParameterisedRule_IsAJsonArray()
    {
        var run = CliRun.Of("consensus", "--rule", "qualified-majority(share=0.75)", "--format", "json");
        run.ExitCode.Should().Be(0, run.ToString());
        JsonDocument.Parse(run.Output).RootElement.ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public void Consensus_UnknownRule_IsAUsageErrorListingTheKnownRules()
    {
        var run = CliRun.Of("consensus", "--rule", "coin-toss");
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--rule 'coin-toss'").And.Contain("no consensus rule is named 'coin-toss'").And.Contain("un-consensus");
    }

    [Fact]
    public void Consensus_UnknownFormat_IsAUsageError()
    {
        CliRun.Of("consensus", "--format", "xml").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Consensus_InvalidJson_ExitsOne()
    {
        CliRun.WithInput("not json", "consensus", "-").ExitCode.Should().Be(1);
    }

    [Fact]
    public void Report_Markdown_FollowsTheAgreedStructure()
    {
        var run = CliRun.Of("report");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().StartWith("# Report of the Chair of the CSTD Working Group on Enhanced Cooperation");
        var headings = run.Output.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        headings.First().Should().Contain("Introduction");
        headings.Should().Contain("## Conclusion");
        headings.Last().Should().Be("## Notes", "the numbered sources close the report");
        run.Output.Should().Contain("No recommendations were agreed in 2014.");
    }

    [Fact]
    public void Report_Html_IsOneWellFormedPage_WithTheChartsThatHaveSomethingToShow()
    {
        var run = CliRun.Of("report", "--format", "html");
        run.ExitCode.Should().Be(0, run.ToString());
        var page = XDocument.Parse(run.Output.Substring(run.Output.IndexOf("<html", StringComparison.Ordinal)));
        XNamespace svg = "http://www.w3.org/2000/svg";
        page.Descendants(svg + "svg").Should().HaveCount(2, "the timeline and the respondents; without readings the outcomes chart is left out");
        run.Output.Should().NotContain("<script").And.NotContain("<link").And.Contain("69");
    }

    [Fact]
    public void Report_Json_IsTheOutline()
    {
        var run = CliRun.Of("report", "--format", "json");
        run.ExitCode.Should().Be(0, run.ToString());
        JsonDocument.Parse(run.Output).RootElement.GetProperty("sections").GetArrayLength().Should().BeGreaterThan(5);
    }

    [Fact]
    public void Report_ToFile_WritesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "wgec-report-" + Guid.NewGuid().ToString("N") + ".md");
        var run = CliRun.Of("report", "-o", path);
        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().BeEmpty();
        File.ReadAllText(path).Should().StartWith("# Report");
        File.Delete(path);
    }

    [Fact]
    public void Report_ToUnwritablePlace_ExitsThree()
    {
        CliRun.Of("report", "-o", "/nonexistent/dir/report.md").ExitCode.Should().Be(3);
    }

    [Fact]
    public void Report_UnknownFormat_IsAUsageError()
    {
        CliRun.Of("report", "--format", "pdf").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Schema_PrintsDraft202012()
    {
        var run = CliRun.Of("schema");
        run.ExitCode.Should().Be(0);
        JsonDocument.Parse(run.Output).RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
    }

    [Fact]
    public void Export_File_ReExportsIdentically()
    {
        var exported = ExportedDossier();
        var path = TempFile(exported);
        var run = CliRun.Of("export", path);
        run.ExitCode.Should().Be(0);
        run.Output.Should().Be(exported);
        File.Delete(path);
    }

    [Fact]
    public void Export_InvalidFile_ExitsOne()
    {
        var path = TempFile("{}");
        CliRun.Of("export", path).ExitCode.Should().Be(1);
        File.Delete(path);
    }

    [Fact]
    public void UnknownVerb_IsAUsageError()
    {
        var run = CliRun.Of("frobnicate");
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("frobnicate");
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("validate")]
    [InlineData("consensus")]
    [InlineData("report")]
    [InlineData("schema")]
    [InlineData("export")]
    public void Help_WorksOnEveryVerb(string verb)
    {
        var run = CliRun.Of(verb, "--help");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Output.Should().Contain("Usage:").And.Contain(verb);
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        var run = CliRun.Of("--version");
        run.ExitCode.Should().Be(0);
        run.Output.Should().MatchRegex(@"\d+\.\d+\.\d+");
    }
}
