using System.CommandLine;
using Wgec.Core.Serialization;

namespace Wgec.Cli.Verbs;

/// <summary><c>wgec validate FILE|-|--dataset NAME</c>: every error as <c>path: message</c>, one per line; exit 1 when any.</summary>
internal static class ValidateVerb
{
    public static Command Create(CliConsole console)
    {
        var file = Arguments.OptionalFile("The dossier to validate, or \"-\" for standard input; or, with --dataset, an embedded dataset's own JSON.");
        var command = new Command("validate", "Validate a dossier against the format and every domain rule; prints each error as 'path: message'.") { file };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(file);
            DossierInput.RefuseBoth(parse, name);

            // Validating is about a given document: unlike other verbs, no FILE does not mean the default dataset.
            if (name is null && !DossierInput.NamesDataset(parse))
            {
                throw new CliFailure(ExitCodes.Usage, "validate needs a FILE, \"-\" for standard input, or --dataset NAME. Run 'wgec --help' for usage.");
            }

            var dataset = name is null ? DossierInput.Dataset(parse) : null;
            var described = dataset is null ? DossierInput.Describe(name!) : DossierInput.Describe(dataset);
            var valid = dataset is null
                ? DossierInput.TryRead(name!, console, out var dossier, out var errors)
                : DossierInput.TryRead(dataset, out dossier, out errors);
            if (valid)
            {
                console.Out.WriteLine($"{described} is a valid dossier (format {DossierSerializer.FormatName} {DossierSerializer.CurrentVersion}): {dossier!.Title}.");
                return ExitCodes.Success;
            }

            foreach (var error in errors)
            {
                console.Out.WriteLine(error.ToString());
            }

            console.Error.WriteLine($"wgec: {described} is not valid: {DossierInput.Errors(errors.Length)}.");
            return ExitCodes.InvalidInput;
        });
        return command;
    }
}
