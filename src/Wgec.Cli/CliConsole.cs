using System;
using System.IO;

namespace Wgec.Cli;

/// <summary>
/// Where the tool reads and writes: results to <see cref="Out"/>, errors to <see cref="Error"/>,
/// "-" from <see cref="OpenStandardInput"/>. Tests pass their own writers and input.
/// </summary>
internal sealed class CliConsole
{
    private readonly Func<Stream> _openStandardInput;

    public CliConsole(TextWriter output, TextWriter error, Func<Stream> openStandardInput)
    {
        Out = output;
        Error = error;
        _openStandardInput = openStandardInput;
    }

    /// <summary>The process's own console.</summary>
    public static CliConsole System => new(Console.Out, Console.Error, Console.OpenStandardInput);

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public Stream OpenStandardInput() => _openStandardInput();
}
