using System.CommandLine;

namespace Wgec.Cli.Verbs;

/// <summary>The arguments and options several verbs share, defined once.</summary>
internal static class Arguments
{
    public static Argument<string?> OptionalFile(string description) => new("FILE")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static Argument<string> RequiredFile(string description) => new("FILE")
    {
        Description = description,
        Arity = ArgumentArity.ExactlyOne,
    };

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write to this file instead of standard output.",
    };
}
