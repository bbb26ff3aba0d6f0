using System;
using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text.Json;
using Wgec.Cli.Verbs;
using Wgec.Core;
using Wgec.Core.Datasets;
using Wgec.Core.Serialization;

namespace Wgec.Cli;

/// <summary>
/// Where a verb gets its dossier: a file, standard input ("-"), or — with no FILE — the embedded
/// dataset <c>--dataset NAME</c> names (default wgec-2013, the WGEC 2013–2014 reference dossier).
/// Input is streamed and stops at the size limit (<see cref="DossierReadOptions.MaxInputBytes"/>), so
/// an endless input ends with an error, not with the memory exhausted. Failures become <see cref="CliFailure"/>s with the right code.
/// </summary>
internal static class DossierInput
{
    public const string StandardInput = "-";

    /// <summary>The dossier of a verb: its FILE, or the embedded dataset <c>--dataset</c> names (default wgec-2013).</summary>
    public static Dossier Load(ParseResult parse, Argument<string?> fileArgument, CliConsole console) =>
        Load(parse, parse.GetValue(fileArgument), console);

    /// <summary>The dossier in <paramref name="file"/> ("-" for standard input), or with none the embedded dataset <c>--dataset</c> names.</summary>
    /// <param name="parse">The command line.</param>
    /// <param name="file">The dossier file the verb was given, if any.</param>
    /// <param name="console">The console.</param>
    /// <param name="given">How the command line names the file, for the usage error when a dataset is named too.</param>
    public static Dossier Load(ParseResult parse, string? file, CliConsole console, string given = "FILE")
    {
        RefuseBoth(parse, file, given);
        if (file is null)
        {
            return Dataset(parse).Load();
        }

        if (TryRead(file, console, out var dossier, out var errors))
        {
            return dossier;
        }

        foreach (var error in errors)
        {
            console.Error.WriteLine(error.ToString());
        }

        throw new CliFailure(ExitCodes.InvalidInput, $"{Describe(file)} is not a valid dossier ({Errors(errors.Length)}).");
    }

    /// <summary>The embedded dataset the verb's <c>--dataset</c> names, or the default one; the option's validator has checked the name.</summary>
    public static EmbeddedDataset Dataset(ParseResult parse) =>
        WgecDatasets.Find(parse.GetValue<string?>(Arguments.DatasetOption) ?? WgecDatasets.DefaultName);

    /// <summary>
    /// A dossier file and <c>--dataset</c> together are a usage error, wherever <c>--dataset</c> stands
    /// (before the verb too: the option is the root's).
    /// </summary>
    public static void RefuseBoth(ParseResult parse, string? file, string given = "FILE")
    {
        if (file is not null && NamesDataset(parse))
        {
            throw new CliFailure(ExitCodes.Usage, $"{Arguments.DatasetOption} and {given} together: give a dossier file or a dataset, not both.");
        }
    }

    /// <summary>Whether the command line names a dataset with <c>--dataset</c>.</summary>
    public static bool NamesDataset(ParseResult parse) => parse.GetValue<string?>(Arguments.DatasetOption) is not null;

    /// <summary>Reads and validates a dossier; false with every error (each with its JSON path) when it is not valid.</summary>
    public static bool TryRead(string file, CliConsole console, [NotNullWhen(true)] out Dossier? dossier, out ImmutableArray<ValidationError> errors) =>
        TryRead(() => file == StandardInput ? console.OpenStandardInput() : File.OpenRead(file), Describe(file), out dossier, out errors);

    /// <summary>Reads and validates an embedded dataset's own JSON, as a file would be.</summary>
    public static bool TryRead(EmbeddedDataset dataset, [NotNullWhen(true)] out Dossier? dossier, out ImmutableArray<ValidationError> errors) =>
        TryRead(dataset.OpenJson, Describe(dataset), out dossier, out errors);

    public static string Describe(EmbeddedDataset dataset) => $"the embedded dataset '{dataset.Name}'";

    private static bool TryRead(Func<Stream> open, string description, [NotNullWhen(true)] out Dossier? dossier, out ImmutableArray<ValidationError> errors)
    {
        try
        {
            using var stream = open();
            dossier = DossierSerializer.Read(stream, DossierReadOptions.Default);
            errors = [];
            return true;
        }
        catch (WgecFormatException ex)
        {
            errors = ex.Errors;
        }
        catch (JsonException ex)
        {
            errors = [new ValidationError(ex.Path ?? "$", "invalid-json", ex.Message)];
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliFailure(ExitCodes.FileError, $"{description} was not found.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliFailure(ExitCodes.FileError, $"{description} could not be read: {ex.Message}");
        }

        dossier = null;
        return false;
    }

    public static string Describe(string file) => file == StandardInput ? "standard input" : $"'{file}'";

    public static string Errors(int count) => $"{count} error{(count == 1 ? string.Empty : "s")}";
}
