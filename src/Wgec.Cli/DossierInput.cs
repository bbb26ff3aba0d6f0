using System;
using System.IO;
using Wgec.Core;
using Wgec.Core.Datasets;
using Wgec.Core.Serialization;

namespace Wgec.Cli;

/// <summary>
/// Where a verb gets its dossier: a file, standard input ("-"), or — with no FILE — the embedded
/// WGEC 2013–2014 reference dossier. Failures become <see cref="CliFailure"/>s with the right code.
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

        var bytes = ReadBytes(file, console);
        if (DossierSerializer.TryRead(bytes, out var dossier, out var errors))
        {
            return dossier;
        }

        foreach (var error in errors)
        {
            console.Error.WriteLine(error.ToString());
        }

        throw new CliFailure(ExitCodes.InvalidInput, $"{Describe(file)} is not a valid dossier ({errors.Length} error{(errors.Length == 1 ? string.Empty : "s")}).");
    }

    public static byte[] ReadBytes(string file, CliConsole console)
    {
        try
        {
            if (file == StandardInput)
            {
                using var input = console.OpenStandardInput();
                using var copy = new MemoryStream();
                input.CopyTo(copy);
                return copy.ToArray();
            }

            return File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliFailure(ExitCodes.FileError, $"{Describe(file)} was not found.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliFailure(ExitCodes.FileError, $"{Describe(file)} could not be read: {ex.Message}");
        }
    }

    public static string Describe(string file) => file == StandardInput ? "standard input" : $"'{file}'";
}
