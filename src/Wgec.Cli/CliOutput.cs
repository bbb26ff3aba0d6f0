using System;
using System.IO;
using System.Text;

namespace Wgec.Cli;

/// <summary>Writes a verb's result to standard output or, with -o, to a file (exit code 3 when it cannot).</summary>
internal static class CliOutput
{
    public static void Write(string text, string? file, CliConsole console)
    {
        if (file is null)
        {
            console.Out.Write(text);
            return;
        }

        try
        {
            File.WriteAllText(file, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliFailure(ExitCodes.FileError, $"'{file}' could not be written: {ex.Message}");
        }
    }
}
