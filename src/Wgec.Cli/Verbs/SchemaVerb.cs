using System.CommandLine;
using Wgec.Core.Serialization;

namespace Wgec.Cli.Verbs;

/// <summary><c>wgec schema</c>: the JSON Schema (draft 2020-12) of the dossier document.</summary>
internal static class SchemaVerb
{
    public static Command Create(CliConsole console)
    {
        var output = Arguments.Output();
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the dossier format.") { output };
        command.SetAction(parse =>
        {
            CliOutput.Write(DossierSerializer.JsonSchema(), parse.GetValue(output), console);
            return ExitCodes.Success;
        });
        return command;
    }
}
