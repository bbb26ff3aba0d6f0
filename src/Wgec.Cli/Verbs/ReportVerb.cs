using System.CommandLine;
using System.Text.Json;
using Wgec.Core.Reporting;
using Wgec.Core.Serialization;

namespace Wgec.Cli.Verbs;

/// <summary><c>wgec report [FILE] [--format md|html|json] [-o OUT]</c>: the report in the agreed structure.</summary>
internal static class ReportVerb
{
    public static Command Create(CliConsole console)
    {
        var file = Arguments.OptionalFile("The dossier (\"-\" for standard input). Without it, the embedded dataset --dataset names (default wgec-2013).");
        var format = Arguments.Choice("--format", "md (Markdown), html (one self-contained page with charts) or json (the report outline).", "md", "html", "json");
        var output = Arguments.Output();
        var command = new Command("report", "Render the report in the agreed structure: introduction, meetings and methodology, recommendations for each group, conclusion.") { file, format, output };
        command.SetAction(parse =>
        {
            var dossier = DossierInput.Load(parse, file, console);
            var text = parse.GetValue(format) switch
            {
                "html" => HtmlReportRenderer.Render(dossier),
                "json" => JsonSerializer.Serialize(dossier.Report(), WgecJson.IndentedOptions) + "\n",
                _ => MarkdownReportRenderer.Render(dossier.Report()),
            };
            CliOutput.Write(text, parse.GetValue(output), console);
            return ExitCodes.Success;
        });
        return command;
    }
}
