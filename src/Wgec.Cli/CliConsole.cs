using System;
using System.IO;
using System.Text;

namespace Wgec.Cli;

/// <summary>
/// Where the tool reads and writes: results to <see cref="Out"/>, errors to <see cref="Error"/>,
/// "-" from <see cref="OpenStandardInput"/>. Tests pass their own writers and input.
/// </summary>
internal sealed class CliConsole
{
    private readonly Func<Stream> _openStandardInput;

    public CliConsole(TextWriter output, TextWriter error, Func<Stream> openStandardInput, bool errorIsTerminal = false)
    {
        Out = output;
        Error = error;
        _openStandardInput = openStandardInput;
        ErrorIsTerminal = errorIsTerminal;
    }

    /// <summary>
    /// The process's own console. Output is UTF-8 without a byte-order mark whatever the locale says,
    /// because input is always UTF-8: <c>wgec export | wgec validate -</c> must hold under any locale.
    /// </summary>
    public static CliConsole System => new(Utf8(Console.OpenStandardOutput()), Utf8(Console.OpenStandardError()), StandardInput.Open, !Console.IsErrorRedirected);

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Whether standard error is a terminal, where a progress display may be drawn.</summary>
    public bool ErrorIsTerminal { get; }

    public Stream OpenStandardInput() => _openStandardInput();

    private static StreamWriter Utf8(Stream stream) => new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
}
