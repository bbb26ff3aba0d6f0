using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;
using Wgec.Core.Consensus;
using Wgec.Core.Serialization;

namespace Wgec.Cli.Verbs;

/// <summary><c>wgec consensus [FILE|-] [--rule NAME] [--format text|json]</c>: each recommendation's latest outcome, explained.</summary>
internal static class ConsensusVerb
{
    public static Command Create(CliConsole console)
    {
        var file = Arguments.OptionalFile("The dossier (\"-\" for standard input). Without it, the embedded WGEC 2013–2014 dossier.");
        var rule = RuleOption.Create(ConsensusRuleRegistry.Default);
        var format = Arguments.Choice("--format", "The output format.", "text", "json");
        var command = new Command("consensus", "Evaluate the latest reading of every recommendation and explain each outcome.") { file, rule, format };
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(rule);
            var dossier = DossierInput.Load(parse.GetValue(file), console);
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

            var name = chosen?.Descriptor.ToString() ?? dossier.Process.Modalities.DecisionRule;
            console.Out.WriteLine($"Rule: {name}");
            if (outcomes.Count == 0)
            {
                console.Out.WriteLine($"No recommendation has a reading in this dossier ({dossier.Deliberation.Recommendations.Length} recommendations held).");
            }

            foreach (var outcome in outcomes.Values)
            {
                console.Out.WriteLine($"{outcome.Recommendation} (meeting {outcome.Meeting}{(outcome.FinalReading ? ", final reading" : string.Empty)}): {outcome.Kind}{(outcome.Score is { } s ? $" (score {s.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)})" : string.Empty)}");
                foreach (var finding in outcome.Findings)
                {
                    console.Out.WriteLine($"  - {finding}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
