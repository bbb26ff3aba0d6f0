using System;
using System.IO;
using System.Text;

namespace Wgec.Cli.Tests;

/// <summary>Runs the tool in-process with captured output, error and standard input.</summary>
internal sealed class CliRun
{
    private CliRun(int exitCode, string output, string error)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    public static CliRun Of(params string[] args) => WithInput("", args);

    public static CliRun WithInput(string stdin, params string[] args) => WithInput(() => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), args);

    public static CliRun WithInput(Func<Stream> stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, stdin);
        var code = CliApp.Run(args, console);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
