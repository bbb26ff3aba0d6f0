using System;
using System.CommandLine;
using Wgec.Cli.Verbs;

namespace Wgec.Cli;

/// <summary>
/// Builds the command line and runs one verb. Parsing problems exit with 2, verb failures with
/// their own code; every message goes to the error writer as one line, never a stack trace.
/// </summary>
internal static class CliApp
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("wgec — summarise, validate, evaluate and report on WGEC dossiers (Wgec.Core). With no FILE, verbs use an embedded reference dossier: --dataset NAME, default wgec-2013 (WGEC 2013–2014).");
        root.Subcommands.Add(SummaryVerb.Create(console));
        root.Subcommands.Add(ValidateVerb.Create(console));
        root.Subcommands.Add(ConsensusVerb.Create(console));
        root.Subcommands.Add(ReportVerb.Create(console));
        root.Subcommands.Add(SchemaVerb.Create(console));
        root.Subcommands.Add(ExportVerb.Create(console));
        root.Subcommands.Add(ResponsesVerb.Create(console));
        root.Subcommands.Add(DatasetsVerb.Create(console));
        root.Options.Add(Arguments.Dataset());
        RootHelp.Install(root);
        return root;
    }

    public static int Run(string[] args, CliConsole console)
    {
        // A bare "wgec" shows what it can do rather than failing for want of a verb.
        var parse = Build(console).Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"wgec: {error.Message}");
            }

            console.Error.WriteLine("Run 'wgec --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliFailure failure)
        {
            console.Error.WriteLine($"wgec: {failure.Message}");
            return failure.ExitCode;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            console.Error.WriteLine($"wgec: unexpected error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
    }
}
