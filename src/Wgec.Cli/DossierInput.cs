using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text.Json;
using Wgec.Core;
using Wgec.Core.Datasets;
using Wgec.Core.Serialization;

namespace Wgec.Cli;

/// <summary>
/// Where a verb gets its dossier: a file, standard input ("-"), or — with no FILE — the embedded
/// WGEC 2013–2014 reference dossier. Input is streamed and stops at the size limit
/// (<see cref="DossierReadOptions.MaxInputBytes"/>), so an endless input ends with an error, not
/// with the memory exhausted. Failures become <see cref="CliFailure"/>s with the right code.
/// </summary>
internal static class DossierInput
{
    public const string StandardInput = "-";

    public static Dossier Load(string? file, CliConsole console)
    {
        if (file is null)
        {
            return WgecDatasets.Wgec2013();
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

    /// <summary>Reads and validates a dossier; false with every error (each with its JSON path) when it is not valid.</summary>
    public static bool TryRead(string file, CliConsole console, [NotNullWhen(true)] out Dossier? dossier, out ImmutableArray<ValidationError> errors)
    {
        try
        {
            using var stream = file == StandardInput ? console.OpenStandardInput() : File.OpenRead(file);
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
            throw new CliFailure(ExitCodes.FileError, $"{Describe(file)} was not found.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliFailure(ExitCodes.FileError, $"{Describe(file)} could not be read: {ex.Message}");
        }

        dossier = null;
        return false;
    }

    public static string Describe(string file) => file == StandardInput ? "standard input" : $"'{file}'";

    public static string Errors(int count) => $"{count} error{(count == 1 ? string.Empty : "s")}";
}
