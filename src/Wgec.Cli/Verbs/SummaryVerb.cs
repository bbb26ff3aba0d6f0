using System.CommandLine;
using Wgec.Core.Reporting;

namespace Wgec.Cli.Verbs;

/// <summary><c>wgec summary [FILE]</c>: the mandate, timeline, composition, consultation, groupings, catalogue, outcomes and data-quality findings.</summary>
internal static class SummaryVerb
{
    public static Command Create(CliConsole console)
    {
        var file = Arguments.OptionalFile("The dossier to summarise (\"-\" for standard input). Without it, the embedded dataset --dataset names (default wgec-2013).");
        var command = new Command("summary", "Summarise a dossier: mandate, timeline, composition, consultation figures, groupings, catalogue counts, outcomes by group and data-quality findings.") { file };
        command.SetAction(parse =>
        {
            var dossier = DossierInput.Load(parse, file, console);
            console.Out.Write(DossierSummary.ToText(dossier));
            return ExitCodes.Success;
        });
        return command;
    }
}
