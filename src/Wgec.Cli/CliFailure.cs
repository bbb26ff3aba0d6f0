using System;

namespace Wgec.Cli;

/// <summary>A failure a verb reports with its exit code and a one-line message, never a stack trace.</summary>
internal sealed class CliFailure : Exception
{
    public CliFailure(int exitCode, string message)
        : base(message) => ExitCode = exitCode;

    public CliFailure()
    {
    }

    public CliFailure(string message)
        : base(message)
    {
    }

    public CliFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int ExitCode { get; } = ExitCodes.InvalidInput;
}
