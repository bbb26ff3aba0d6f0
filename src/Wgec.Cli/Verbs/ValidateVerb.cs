using System.CommandLine;
using Wgec.Core.Serialization;

namespace Wgec.Cli.Verbs;

/// <summary><c>wgec validate FILE|-</c>: every error as <c>path: message</c>, one per line; exit 1 when any.</summary>
internal static class ValidateVerb
{
    public static Command Create(CliConsole console)
    {
        var file = Arguments.RequiredFile("The dossier to validate, or \"-\" for standard input.");
        var command = new Command("validate", "Validate a dossier against the format and every domain rule; prints each error as 'path: message'.") { file };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(file)!;
            if (DossierInput.TryRead(name, console, out var dossier, out var errors))
            {
                console.Out.WriteLine($"{DossierInput.Describe(name)} is a valid dossier (format {DossierSerializer.FormatName} {DossierSerializer.CurrentVersion}): {dossier.Title}.");
                return ExitCodes.Success;
            }

            foreach (var error in errors)
            {
                console.Out.WriteLine(error.ToString());
            }

            console.Error.WriteLine($"wgec: {DossierInput.Describe(name)} is not valid: {DossierInput.Errors(errors.Length)}.");
            return ExitCodes.InvalidInput;
        });
        return command;
    }
}
