using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using Wgec.Core.Datasets;

namespace Wgec.Cli.Verbs;

/// <summary>The arguments and options several verbs share, defined once.</summary>
internal static class Arguments
{
    public static Argument<string?> OptionalFile(string description) => RejectingOptions(new Argument<string?>("FILE")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrOne,
    });

    public static Argument<string> RequiredFile(string description, string name = "FILE") => RejectingOptions(new Argument<string>(name)
    {
        Description = description,
        Arity = ArgumentArity.ExactlyOne,
    });

    /// <summary>The name of the option that picks an embedded dataset.</summary>
    public const string DatasetOption = "--dataset";

    /// <summary>The name of the option that gives a verb's dossier when its FILE is something else (e.g. the responses).</summary>
    public const string DossierOption = "--dossier";

    /// <summary>
    /// <c>--dataset NAME</c>, given once on the root and recursive, so every verb takes it: with no
    /// FILE, the embedded dataset to use (default <c>wgec-2013</c>). An unknown name, or a FILE as
    /// well, is a usage error.
    /// </summary>
    public static Option<string?> Dataset()
    {
        var option = new Option<string?>(DatasetOption)
        {
            Description = $"With no FILE, the embedded dataset to use (default {WgecDatasets.DefaultName}; 'wgec datasets' lists them).",
            HelpName = "NAME",
            Recursive = true,
        };
        option.Validators.Add(result =>
        {
            var name = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (name is not null && !WgecDatasets.TryFind(name, out _))
            {
                result.AddError($"{DatasetOption}: '{name}' is not an embedded dataset; the datasets are: {string.Join(", ", WgecDatasets.All.Select(d => d.Name))}.");
            }

        });
        return option;
    }

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write to this file instead of standard output.",
        HelpName = "OUT",
    };

    /// <summary>An option that takes one of a few words, with a one-line error naming the option, the value and the choices.</summary>
    public static Option<string> Choice(string name, string description, params string[] choices)
    {
        var option = new Option<string>(name)
        {
            Description = $"{description} One of: {string.Join(", ", choices)}.",
            DefaultValueFactory = _ => choices[0],
            HelpName = string.Join("|", choices),
        };
        option.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : choices[0];
            if (!choices.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"{name}: '{value}' is not one of {string.Join(", ", choices)}.");
            }
        });
        return option;
    }

    /// <summary>
    /// A FILE that looks like an option ("--bogus") is an unknown option, a usage error, not a file
    /// that is not found. "-" alone is standard input; "./-x" reaches a file whose name starts with '-'.
    /// </summary>
    private static Argument<T> RejectingOptions<T>(Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => IsOptionLike(t.Value)))
            {
                result.AddError($"unknown option '{token.Value}'.");
            }
        });
        return argument;
    }

    private static bool IsOptionLike(string value) => value.Length > 1 && value[0] == '-';
}
