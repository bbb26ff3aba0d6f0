using System;
using System.IO;
using System.Linq;
using Wgec.Core.Datasets;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests;

/// <summary>Holds the README's example verbatim, so the README never shows code that does not compile.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_RunsAsShown()
    {
        var console = new StringWriter();
        Console.SetOut(console);
        try
        {
            // --- README example starts
            Dossier wgec = WgecDatasets.Wgec2013();
            Console.WriteLine(wgec.Process.Mandate.Resolution);      // A/RES/67/195

            foreach (var finding in wgec.DataQualityFindings())
            {
                Console.WriteLine(finding.Message);                   // 29 + 8 + 23 + 11 = 71 ≠ 69 declared
            }

            var outcomes = wgec.Evaluate();                           // under the modalities' rule, "un-consensus"
            string json = DossierSerializer.ToJson(wgec, indented: true);
            if (!DossierSerializer.TryRead(json, out var copy, out var errors))
            {
                foreach (var error in errors)
                {
                    Console.WriteLine(error);                         // "$.dossier.process…: what is wrong"
                }
            }
            // --- README example ends

            copy.Should().Be(wgec);
            outcomes.Should().BeEmpty("the public record holds no recommendation texts");
        }
        finally
        {
            Console.SetOut(new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true });
        }

        var lines = console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Trim().Should().Be("A/RES/67/195");
        lines.Should().Contain(l => l.Contains("71") && l.Contains("69"));
    }

    [Fact]
    public void Readme_HoldsTheExampleVerbatim()
    {
        var test = File.ReadAllText(Path.Combine(Datasets.EmbeddedDatasetTests.RepositoryRoot(), "tests", "Wgec.Core.Tests", "ReadmeExampleTests.cs"));
        var readme = File.ReadAllText(Path.Combine(Datasets.EmbeddedDatasetTests.RepositoryRoot(), "README.md"));
        var start = test.IndexOf("// --- README example starts", StringComparison.Ordinal);
        var end = test.IndexOf("// --- README example ends", StringComparison.Ordinal);
        var lines = test.Substring(start, end - start).Split('\n').Skip(1).Select(l => l.Length >= 12 ? l.Substring(12) : l.Trim()).Where(l => l.Length > 0);
        foreach (var line in lines)
        {
            readme.Should().Contain(line.TrimEnd());
        }
    }
}
