namespace Wgec.Cli;

/// <summary>The entry point of the wgec tool.</summary>
internal static class Program
{
    private static int Main(string[] args) => CliApp.Run(args, CliConsole.System);
}
