using System.CommandLine;
using System.Linq;
using Wgec.Core.Consensus;

namespace Wgec.Cli.Verbs;

/// <summary>
/// <c>--rule RULE</c>: a consensus rule in the registry's text form, parsed while the command line is,
/// so a bad name or parameter is a usage error that names it and says why.
/// </summary>
internal static class RuleOption
{
    public static Option<IConsensusRule?> Create(ConsensusRuleRegistry registry) => new("--rule")
    {
        Description = Describe(registry),
        HelpName = "RULE",
        CustomParser = result =>
        {
            var text = result.Tokens[^1].Value;
            if (!RuleDescriptor.TryParse(text, out var descriptor, out var error) || !registry.TryCreate(descriptor!, out var rule, out error))
            {
                result.AddError($"--rule '{text}': {error}");
                return null;
            }

            return rule;
        },
    };

    /// <summary>Every registered rule with its parameters at their defaults, as the registry itself makes it.</summary>
    internal static string Describe(ConsensusRuleRegistry registry)
    {
        var lines = registry.Names.Select(name => "  " + Usage(registry, name));
        return "The rule to apply instead of the dossier's own decision rule. Rules, with their parameters at their defaults:\n"
            + string.Join("\n", lines)
            + "\nFor example: --rule \"any-of(un-consensus, qualified-majority(share=0.75))\".";
    }

    private static string Usage(ConsensusRuleRegistry registry, string name)
    {
        if (registry.TryCreate(new RuleDescriptor(name), out var rule, out _))
        {
            return rule!.Descriptor.ToString();
        }

        // A composite rule cannot stand alone: show it over child rules.
        var composite = registry.Names.Any(child => registry.TryCreate(new RuleDescriptor(name, children: [new RuleDescriptor(child)]), out _, out _));
        return composite ? $"{name}(RULE, RULE, …)" : name;
    }
}
