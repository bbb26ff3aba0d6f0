using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;

namespace Wgec.Cli;

/// <summary>
/// <c>wgec --help</c> (and a bare <c>wgec</c>): every verb with its real synopsis — an optional FILE
/// as <c>[FILE]</c>, each option with its values — and the exit codes. A verb's own <c>--help</c>
/// keeps the standard layout.
/// </summary>
internal sealed class RootHelp : SynchronousCommandLineAction
{
    private readonly SynchronousCommandLineAction _standard;

    private RootHelp(SynchronousCommandLineAction standard) => _standard = standard;

    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new RootHelp((SynchronousCommandLineAction)help.Action!);
    }

    /// <summary>Like the standard help: <c>wgec validate --help</c> shows help, not "FILE is missing".</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        if (parseResult.CommandResult.Command is not RootCommand root)
        {
            return _standard.Invoke(parseResult);
        }

        Write(root, parseResult.InvocationConfiguration.Output);
        return ExitCodes.Success;
    }

    internal static void Write(RootCommand root, TextWriter output)
    {
        output.WriteLine(root.Description);
        output.WriteLine();
        output.WriteLine("Usage:");
        output.WriteLine("  wgec VERB [FILE|-] [options]");
        output.WriteLine("  wgec VERB --dataset NAME [options]   an embedded dataset instead of FILE ('wgec datasets' lists them)");
        output.WriteLine("  wgec VERB --help        the verb's arguments and options in full");
        output.WriteLine("  wgec --version");
        output.WriteLine();
        output.WriteLine("Verbs:");
        foreach (var verb in root.Subcommands)
        {
            output.WriteLine("  " + Synopsis(verb));
            output.WriteLine("      " + verb.Description);
        }

        output.WriteLine();
        output.WriteLine("Exit codes: 0 success; 1 invalid input, failed validation or bad records (responses); 2 usage error; 3 file not found or unreadable.");
    }

    internal static string Synopsis(Command verb)
    {
        var arguments = verb.Arguments.Select(a => a.Arity.MinimumNumberOfValues == 0 ? $"[{a.Name}]" : a.Name);
        var options = verb.Options.Where(o => o is not HelpOption).Select(o => o.ValueType == typeof(bool) ? $"[{o.Name}]" : $"[{o.Name} {o.HelpName ?? "VALUE"}]");
        return string.Join(" ", new[] { verb.Name }.Concat(arguments).Concat(options));
    }
}
