using System.CommandLine;
using Wgec.Core.Serialization;

namespace Wgec.Cli.Verbs;

/// <summary><c>wgec export [FILE] [-o OUT]</c>: the dossier as indented JSON in the current format version.</summary>
internal static class ExportVerb
{
    public static Command Create(CliConsole console)
    {
        var file = Arguments.OptionalFile("The dossier to re-export in the current format (\"-\" for standard input). Without it, the embedded dataset --dataset names (default wgec-2013): a starting file.");
        var output = Arguments.Output();
        var command = new Command("export", "Write a dossier as JSON in the current format version; with no FILE, the embedded dataset --dataset names.") { file, output };
        command.SetAction(parse =>
        {
            var dossier = DossierInput.Load(parse, file, console);
            CliOutput.Write(DossierSerializer.ToJson(dossier, indented: true), parse.GetValue(output), console);
            return ExitCodes.Success;
        });
        return command;
    }
}
