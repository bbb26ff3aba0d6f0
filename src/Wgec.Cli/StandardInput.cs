using System;
using System.IO;
using System.Linq;

namespace Wgec.Cli;

/// <summary>
/// The process's standard input for "-", refused with a clear error when the tool was started with
/// it closed (<c>wgec validate - &lt;&amp;-</c>) instead of waiting forever.
/// </summary>
internal static class StandardInput
{
    public static Stream Open()
    {
        if (IsClosed())
        {
            throw new CliFailure(ExitCodes.FileError, "standard input is closed: pipe a dossier into wgec, or name a FILE.");
        }

        return Console.OpenStandardInput();
    }

    /// <summary>
    /// On Linux the runtime's first pipe takes descriptor 0 when the process starts without one; reading
    /// it would never end. Such a descriptor is a pipe whose write end this process holds itself,
    /// which a real standard input never is.
    /// </summary>
    internal static bool IsClosed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var input = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (input is null || !input.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }

            return Directory.EnumerateFileSystemEntries("/proc/self/fd")
                .Select(Path.GetFileName)
                .Where(fd => fd != "0")
                .Any(fd => new FileInfo("/proc/self/fd/" + fd).LinkTarget == input && IsWriteOnly(fd!));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A descriptor closed while looking: nothing to conclude, read as usual.
            return false;
        }
    }

    private static bool IsWriteOnly(string fd)
    {
        var flags = File.ReadLines("/proc/self/fdinfo/" + fd).FirstOrDefault(l => l.StartsWith("flags:", StringComparison.Ordinal));
        return flags is not null && (Convert.ToInt32(flags.Substring("flags:".Length).Trim(), 8) & 3) == 1;
    }
}
