using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Wgec.Core.Datasets;

namespace Wgec.Cli.Verbs;

/// <summary><c>wgec datasets [--format text|json]</c>: the embedded datasets, by name, with their titles.</summary>
internal static class DatasetsVerb
{
    public static Command Create(CliConsole console)
    {
        var format = Arguments.Choice("--format", "text (one line each) or json (a list of name and title).", "text", "json");
        var command = new Command("datasets", "List the embedded datasets that --dataset NAME selects, with their titles.") { format };
        command.SetAction(parse =>
        {
            console.Out.Write(parse.GetValue(format) == "json" ? Json() : Text());
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Text()
    {
        var width = WgecDatasets.All.Max(d => d.Name.Length);
        var text = new StringBuilder();
        foreach (var dataset in WgecDatasets.All)
        {
            var marker = dataset.Name == WgecDatasets.DefaultName ? " (default)" : string.Empty;
            text.Append(dataset.Name.PadRight(width + 2)).Append(dataset.Title).Append(marker).Append('\n');
        }

        return text.ToString();
    }

    private static string Json()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var dataset in WgecDatasets.All)
            {
                writer.WriteStartObject();
                writer.WriteString("name", dataset.Name);
                writer.WriteString("title", dataset.Title);
                writer.WriteBoolean("isDefault", dataset.Name == WgecDatasets.DefaultName);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
