using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Serialization;

namespace Wgec.Cli.Verbs;

/// <summary>
/// <c>wgec responses RESPONSES|- [--dossier FILE] [--policy fail-fast|collect] [--format text|json] [--no-progress]</c>:
/// folds a JSON Lines stream of responses against a dossier's questionnaire and respondents, in flat memory.
/// </summary>
internal static class ResponsesVerb
{
    private static readonly (StakeholderGroup Group, string Name, string Column)[] Groups =
    [
        (StakeholderGroup.Governments, "governments", "governments"),
        (StakeholderGroup.PrivateSector, "private sector", "private sector"),
        (StakeholderGroup.CivilSociety, "civil society", "civil society"),
        (StakeholderGroup.TechnicalAndAcademic, "technical and academic", "tech. & academic"),
        (StakeholderGroup.IntergovernmentalAndInternational, "intergovernmental and international", "intergovernmental"),
    ];

    public static Command Create(CliConsole console)
    {
        var file = Arguments.RequiredFile("The responses as JSON Lines, one response object per line (\"-\" for standard input).", "RESPONSES");
        var dossier = new Option<string?>(Arguments.DossierOption)
        {
            Description = "The dossier whose questionnaire and respondents the responses answer (\"-\" for standard input). Without it, the embedded dataset --dataset names (default wgec-2013).",
            HelpName = "FILE",
        };
        var policy = Arguments.Choice("--policy", "What a bad record does: fail-fast stops at the first, naming its line (exit code 1); collect reports every bad record with its line, folds the rest and exits with 1 when there was any.", "fail-fast", "collect");
        var format = Arguments.Choice("--format", "The output format.", "text", "json");
        var noProgress = new Option<bool>("--no-progress")
        {
            Description = "No progress display (lines read, rate, elapsed) on standard error; it is shown only when standard error is a terminal.",
        };
        var command = new Command("responses", "Fold a JSON Lines stream of responses against a dossier's questionnaire: the distribution by stakeholder group, the count matrix by question and group, superseded and late responses, and every bad record with its line. Exit code 1 when there is a bad record.")
        {
            file, dossier, policy, format, noProgress,
        };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(file)!;
            var dossierFile = parse.GetValue(dossier);
            if (input == DossierInput.StandardInput && dossierFile == DossierInput.StandardInput)
            {
                throw new CliFailure(ExitCodes.Usage, "the responses and --dossier cannot both be standard input.");
            }

            var consultation = DossierInput.Load(parse, dossierFile, console, Arguments.DossierOption).Consultation
                ?? throw new CliFailure(ExitCodes.InvalidInput, "the dossier has no consultation: there is no questionnaire to fold the responses against.");
            var categories = consultation.Respondents.ToDictionary(r => r.Id, r => r.Category);
            var collect = parse.GetValue(policy) == "collect";
            var result = Fold(input, consultation.Questionnaire, id => categories.GetValueOrDefault(id), collect, console, showProgress: !parse.GetValue(noProgress) && console.ErrorIsTerminal);
            console.Out.Write(parse.GetValue(format) == "json" ? Json(result) : Text(input, consultation.Questionnaire, result));
            if (result.BadRecords.IsEmpty)
            {
                return ExitCodes.Success;
            }

            console.Error.WriteLine($"wgec: {DossierInput.Describe(input)} has {result.BadRecords.Length:N0} bad record{(result.BadRecords.Length == 1 ? "" : "s")}; the other responses were folded.");
            return ExitCodes.InvalidInput;
        });
        return command;
    }

    private static ResponseFoldResult Fold(string input, Questionnaire questionnaire, Func<RespondentId, RespondentCategory?> categoryOf, bool collect, CliConsole console, bool showProgress)
    {
        try
        {
            using var stream = new LineCountingStream(Open(input, console, out var length));
            var fold = ResponseFold.ReadAndFoldAsync(stream, ResponseStreamFormat.JsonLines, questionnaire, categoryOf, collect ? BadRecordPolicy.CollectAndContinue : BadRecordPolicy.StopAtFirst);
            return showProgress ? ResponsesProgress.Show(console, stream, length, fold) : fold.GetAwaiter().GetResult();
        }
        catch (BadRecordException ex)
        {
            throw new CliFailure(ExitCodes.InvalidInput, $"{DossierInput.Describe(input)}, {ex.Record} Nothing was folded (--policy collect reports every bad record and folds the rest).");
        }
        catch (IOException ex)
        {
            throw new CliFailure(ExitCodes.FileError, $"{DossierInput.Describe(input)} could not be read: {ex.Message}");
        }
    }

    private static Stream Open(string input, CliConsole console, out long? length)
    {
        length = null;
        if (input == DossierInput.StandardInput)
        {
            return console.OpenStandardInput();
        }

        try
        {
            // The reader buffers; the file is read once, front to back.
            var stream = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan | FileOptions.Asynchronous);
            length = stream.CanSeek ? stream.Length : null;
            return stream;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliFailure(ExitCodes.FileError, $"{DossierInput.Describe(input)} was not found.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliFailure(ExitCodes.FileError, $"{DossierInput.Describe(input)} could not be read: {ex.Message}");
        }
    }

    private static string Json(ResponseFoldResult result) => JsonSerializer.Serialize(result, WgecJson.IndentedOptions).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static string Text(string input, Questionnaire questionnaire, ResponseFoldResult result)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');
        string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

        Line($"Responses in {DossierInput.Describe(input)}, folded against questionnaire {questionnaire.Id} ({questionnaire.Questions.Length} questions)");
        Line($"  Records read        {N(result.Folded + result.BadRecords.Length),12}");
        Line($"  Responses folded    {N(result.Folded),12}");
        Line($"  Superseded          {N(result.Superseded),12}   (a later submission of the same respondent counts instead)");
        Line($"  Late                {N(result.Late),12}   (after the deadline in force)");
        Line($"  Bad records         {N(result.BadRecords.Length),12}");
        Line();
        Line("Respondents by stakeholder group (current submissions)");
        Line("------------------------------------------------------");
        foreach (var (group, name, _) in Groups)
        {
            var share = result.Distribution.Shares.First(s => s.Group == group);
            Line($"  {name,-36} {N(share.Count),12} {share.Percentage.ToString("0.00", CultureInfo.InvariantCulture),7} %");
        }

        Line($"  {"total",-36} {N(result.Distribution.Total),12}");
        Line();
        Line("Count matrix: answered / unanswered, by question and stakeholder group");
        Line("----------------------------------------------------------------------");
        var width = Math.Max(17, result.Distribution.Total.ToString("N0", CultureInfo.InvariantCulture).Length * 2 + 3);
        Line("  Question " + string.Concat(Groups.Select(g => " " + g.Column.PadLeft(width))));
        for (var q = 1; q <= result.Matrix.QuestionCount; q++)
        {
            Line($"  {q,8} " + string.Concat(Groups.Select(g =>
            {
                var cell = result.Matrix.Cell(q, g.Group);
                return " " + $"{N(cell.Answered)} / {N(cell.Unanswered)}".PadLeft(width);
            })));
        }

        if (!result.BadRecords.IsEmpty)
        {
            Line();
            Line("Bad records, by line");
            Line("--------------------");
            foreach (var bad in result.BadRecords)
            {
                Line("  " + bad);
            }
        }

        return text.ToString();
    }
}
