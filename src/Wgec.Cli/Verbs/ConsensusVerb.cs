using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;
using Wgec.Core;
using Wgec.Core.Consensus;
using Wgec.Core.Serialization;

namespace Wgec.Cli.Verbs;

/// <summary><c>wgec consensus [FILE|-] [--rule NAME] [--format text|json] [--path]</c>: each recommendation's latest outcome, explained, and the path to consensus.</summary>
internal static class ConsensusVerb
{
    public static Command Create(CliConsole console)
    {
        var file = Arguments.OptionalFile("The dossier (\"-\" for standard input). Without it, the embedded dataset --dataset names (default wgec-2013).");
        var rule = RuleOption.Create(ConsensusRuleRegistry.Default);
        var format = Arguments.Choice("--format", "The output format.", "text", "json");
        var path = new Option<bool>("--path")
        {
            Description = "Also show, for each recommendation not agreed, the smallest set of changes that would agree it (text format).",
        };
        var command = new Command("consensus", "Evaluate the latest reading of every recommendation and explain each outcome.") { file, rule, format, path };
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(rule);
            var withPath = parse.GetValue(path);
            if (withPath && parse.GetValue(format) == "json")
            {
                throw new CliFailure(ExitCodes.Usage, "--path is shown in the text format only; leave out --format json.");
            }

            var dossier = DossierInput.Load(parse, file, console);
            var outcomes = dossier.Evaluate(chosen);
            if (parse.GetValue(format) == "json")
            {
                using var buffer = new MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = WgecJson.Options.Encoder }))
                {
                    writer.WriteStartArray();
                    foreach (var outcome in outcomes.Values)
                    {
                        JsonSerializer.Serialize(writer, outcome, WgecJson.IndentedOptions);
                    }

                    writer.WriteEndArray();
                }

                console.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
                return ExitCodes.Success;
            }

            var name = chosen?.Descriptor.ToString() ?? dossier.Process.Modalities.DecisionRule.ToString();
            console.Out.WriteLine($"Rule: {name}");
            if (outcomes.Count == 0)
            {
                console.Out.WriteLine($"No recommendation has a reading in this dossier ({dossier.Deliberation.Recommendations.Length} recommendations held).");
            }

            foreach (var outcome in outcomes.Values)
            {
                console.Out.WriteLine($"{outcome.Recommendation} (meeting {outcome.Meeting}{(outcome.FinalReading ? ", final reading" : string.Empty)}): {DisplayText.Of(outcome.Kind)}{(outcome.Score is { } s ? $" (score {s.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)})" : string.Empty)}");
                foreach (var finding in outcome.Findings)
                {
                    console.Out.WriteLine($"  - {finding}");
                }

                if (withPath && !outcome.IsAgreed)
                {
                    foreach (var line in PathText(dossier, outcome.Recommendation, chosen).Split('\n'))
                    {
                        console.Out.WriteLine("  " + line);
                    }
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // A path the library declines to compute (too many linked recommendations) is said, not thrown.
    private static string PathText(Wgec.Core.Dossier dossier, Wgec.Core.Identifiers.RecommendationId recommendation, IConsensusRule? rule)
    {
        try
        {
            return dossier.PathTo(recommendation, rule).ToString();
        }
        catch (Wgec.Core.DomainValidationException ex)
        {
            var message = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty);
            return $"Path to consensus on {recommendation}: not computed — {message}";
        }
    }
}
