using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Wgec.Core;
using Wgec.Core.Consultation;
using Wgec.Core.Datasets;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Serialization;

namespace Wgec.Cli.Tests;

public sealed class ResponsesVerbTests
{
    private const string R1 = "{\"respondentId\":\"gov-1\",\"submittedAt\":\"2013-08-01T09:00:00Z\",\"language\":\"en\",\"answers\":[{\"questionNumber\":2,\"text\":\"a\"}]}";
    private const string R2 = "{\"respondentId\":\"cs-1\",\"submittedAt\":\"2013-08-02T09:00:00Z\",\"language\":\"fr\",\"answers\":[{\"questionNumber\":2,\"text\":\"b\"},{\"questionNumber\":5,\"text\":\"c\"}]}";
    private const string R1Again = "{\"respondentId\":\"gov-1\",\"submittedAt\":\"2013-08-03T09:00:00Z\",\"language\":\"en\",\"answers\":[]}";
    private const string Unknown = "{\"respondentId\":\"nobody\",\"submittedAt\":\"2013-08-01T09:00:00Z\",\"language\":\"en\",\"answers\":[]}";

    private static readonly Lazy<string> DossierFile = new(() => TempFile(DossierSerializer.ToJson(DossierWithRespondents()), ".json"));

    [Fact]
    public void Text_ShowsCountsDistributionMatrixAndNoBadRecord()
    {
        var run = CliRun.Of("responses", TempFile(Lines(R1, R2, R1Again)), "--dossier", DossierFile.Value);
        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain("(18 questions)")
            .And.MatchRegex(@"Records read\s+3\n")
            .And.MatchRegex(@"Responses folded\s+3\n")
            .And.MatchRegex(@"Superseded\s+1 ")
            .And.MatchRegex(@"governments\s+1\s+50\.00 %")
            .And.MatchRegex(@"civil society\s+1\s+50\.00 %")
            .And.MatchRegex(@"total\s+2\n")
            .And.MatchRegex(@"\n\s+2\s+0 / 1\s+0 / 0\s+1 / 0\s+0 / 0\s+0 / 0\n")
            .And.NotContain("Bad records, by line");
    }

    [Fact]
    public void Json_IsTheFoldResult()
    {
        var run = CliRun.Of("responses", TempFile(Lines(R1, R2, R1Again)), "--dossier", DossierFile.Value, "--format", "json");
        run.ExitCode.Should().Be(0, run.ToString());
        var result = JsonSerializer.Deserialize<ResponseFoldResult>(run.Output, WgecJson.Options)!;
        (result.Folded, result.Superseded, result.Distribution.Total).Should().Be((3, 1, 2));
        result.Matrix.Cell(5, StakeholderGroup.CivilSociety).Answered.Should().Be(1);
        result.BadRecords.Should().BeEmpty();
    }

    [Fact]
    public void Dataset_GivesTheQuestionnaire_OfThatEmbeddedDataset()
    {
        var questions = WgecDatasets.Find("wgec-2016").Load().Consultation!.Questionnaire.Questions.Length;
        var run = CliRun.Of("responses", TempFile(Lines(Unknown)), "--dataset", "wgec-2016", "--policy", "collect");
        run.Output.Should().Contain($"({questions} question{(questions == 1 ? "" : "s")})", run.ToString());
    }

    [Fact]
    public void DatasetAndDossier_Together_AreAUsageError()
    {
        var run = CliRun.Of("responses", TempFile(Lines(R1)), "--dossier", DossierFile.Value, "--dataset", "wgec-2016");
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("--dataset and --dossier together");
    }

    [Fact]
    public void DatasetBeforeTheVerb_AndDossier_AreAUsageError()
    {
        var run = CliRun.Of("--dataset", "wgec-2016", "responses", TempFile(Lines(R1)), "--dossier", DossierFile.Value);
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("--dataset and --dossier together");
    }

    [Fact]
    public void StandardInput_IsRead()
    {
        var run = CliRun.WithInput(Lines(R1, R2), "responses", "-", "--dossier", DossierFile.Value, "--format", "json");
        run.ExitCode.Should().Be(0, run.ToString());
        JsonSerializer.Deserialize<ResponseFoldResult>(run.Output, WgecJson.Options)!.Folded.Should().Be(2);
    }

    [Fact]
    public void Collect_ReportsBadRecordsWithLines_FoldsTheRest_AndExitsOne()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines(R1, Unknown, "")).Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).Concat(Encoding.UTF8.GetBytes(R2)).ToArray();
        var file = TempFile(bytes);
        var run = CliRun.Of("responses", file, "--dossier", DossierFile.Value, "--policy", "collect");
        run.ExitCode.Should().Be(1, run.ToString());
        run.Output.Should().MatchRegex(@"Responses folded\s+2\n").And.MatchRegex(@"Bad records\s+2\n").And.Contain("Bad records, by line")
            .And.Contain("  line 2: unknown-respondent: respondent 'nobody' is not among the known respondents.")
            .And.Contain("  line 4: invalid-utf8: byte 1 of the line is not valid UTF-8");
        run.Error.Should().Contain("has 2 bad records; the other responses were folded.");

        var json = CliRun.Of("responses", file, "--dossier", DossierFile.Value, "--policy", "collect", "--format", "json");
        json.ExitCode.Should().Be(1);
        JsonSerializer.Deserialize<ResponseFoldResult>(json.Output, WgecJson.Options)!.BadRecords.Select(b => b.Position).Should().Equal(2L, 4L);
    }

    [Fact]
    public void FailFast_IsTheDefault_StopsAtTheFirstBadRecordWithItsLine()
    {
        var run = CliRun.Of("responses", TempFile(Lines(R1, R2, Unknown, R1Again)), "--dossier", DossierFile.Value);
        run.ExitCode.Should().Be(1, run.ToString());
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain(", line 3: unknown-respondent:").And.NotContain("   at ");
    }

    [Fact]
    public void EmbeddedDossier_KnowsNoRespondent_SoEveryResponseIsBad()
    {
        var run = CliRun.Of("responses", TempFile(Lines(R1)), "--policy", "collect");
        run.ExitCode.Should().Be(1, run.ToString());
        run.Output.Should().Contain("questionnaire").And.Contain("line 1: unknown-respondent");
    }

    [Fact]
    public void Errors_HaveTheCodesOfTheOtherVerbs()
    {
        CliRun.Of("responses", "/nonexistent/responses.jsonl").ExitCode.Should().Be(3);
        CliRun.Of("responses", TempFile(Lines(R1)), "--dossier", "/nonexistent/dossier.json").ExitCode.Should().Be(3);
        CliRun.Of("responses", TempFile(Lines(R1)), "--policy", "lenient").ExitCode.Should().Be(2);
        CliRun.Of("responses").ExitCode.Should().Be(2);
        CliRun.Of("responses", "-", "--dossier", "-").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Help_ListsTheVerbWithItsOptions()
    {
        var run = CliRun.Of("--help");
        run.Output.Should().Contain("responses RESPONSES [--dossier FILE] [--policy fail-fast|collect] [--format text|json] [--no-progress]");
    }

    private static Dossier DossierWithRespondents()
    {
        var wgec = WgecDatasets.Wgec2013();
        var respondents = new[]
        {
            new Respondent(new RespondentId("gov-1"), new RespondentCategory(StakeholderGroup.Governments)),
            new Respondent(new RespondentId("cs-1"), new RespondentCategory(StakeholderGroup.CivilSociety)),
        };
        return wgec.WithConsultation(new ConsultationRecord(wgec.Consultation!.Questionnaire, respondents: respondents));
    }

    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    private static string TempFile(string content, string extension = ".jsonl") => TempFile(Encoding.UTF8.GetBytes(content), extension);

    private static string TempFile(byte[] content, string extension = ".jsonl")
    {
        var path = Path.Combine(Path.GetTempPath(), "wgec-cli-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(path, content);
        return path;
    }
}
