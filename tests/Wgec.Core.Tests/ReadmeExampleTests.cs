using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Wgec.Core.Builders;
using Wgec.Core.Consensus;
using Wgec.Core.Datasets;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests;

/// <summary>Holds the README's examples verbatim, so the README never shows code that does not compile or run as it says.</summary>
public sealed class ReadmeExampleTests
{
    private const string Start = "// --- README example starts";
    private const string End = "// --- README example ends";

    [Fact]
    public void ReadmeWorkedExample_RunsAsShown()
    {
        var lines = CapturingConsole(() =>
        {
            // --- README example starts
            Dossier dossier = new DossierBuilder("Open data working group")
                .PlusMember("gov-1", StakeholderGroup.Governments)
                .PlusMember("gov-2", StakeholderGroup.Governments)
                .PlusMember("biz-1", StakeholderGroup.PrivateSector)
                .PlusMember("cs-1", StakeholderGroup.CivilSociety)
                .PlusRecommendation("A-1", "Publish every meeting document within a week.")
                .PlusReading("A-1",
                    Position.Support(new("gov-1")),
                    Position.SupportWithReservation(new("gov-2"), "Translations may take longer."),
                    Position.Support(new("biz-1")),
                    Position.Objection(new("cs-1"), "A week is too long: publish on the day."))
                .Build();

            ConsensusOutcome outcome = dossier.Evaluate()[new RecommendationId("A-1")];
            Console.WriteLine(outcome.Kind);
            foreach (Finding finding in outcome.Findings)
            {
                Console.WriteLine(finding);
            }

            var majority = new QualifiedMajorityRule(share: 0.75);
            Console.WriteLine(dossier.Evaluate(majority)[new RecommendationId("A-1")].Kind);

            string json = DossierSerializer.ToJson(dossier, indented: true);
            Dossier copy = DossierSerializer.Read(json);
            Console.WriteLine(copy.Equals(dossier));
            // --- README example ends
        });

        lines.Should().Equal(
            "ToBeRevisited",
            "quorum met: 4 of 4 members present, 2 required (quorum 0.5)",
            "open objection by cs-1 (civil society): A week is too long: publish on the day.",
            "reservation by gov-2 (governments): Translations may take longer.",
            "Agreed",
            "True");
    }

    [Fact]
    public void ReadmeDatasetExample_RunsAsShown()
    {
        Dossier? read = null;
        Dossier? embedded = null;
        var lines = CapturingConsole(() =>
        {
            // --- README example starts
            Dossier wgec = WgecDatasets.Wgec2013();
            Console.WriteLine(wgec.Process.Mandate.Resolution);      // A/RES/67/195

            foreach (var finding in wgec.DataQualityFindings())
            {
                Console.WriteLine(finding.Message);                   // 29 + 8 + 23 + 11 = 71 ≠ 69 declared
            }

            var outcomes = wgec.Evaluate();                           // empty: the public record holds no recommendation texts
            string json = DossierSerializer.ToJson(wgec, indented: true);
            if (!DossierSerializer.TryRead(json, out var copy, out var errors))
            {
                foreach (var error in errors)
                {
                    Console.WriteLine(error);                         // "$.dossier.process…: what is wrong"
                }
            }
            // --- README example ends
            outcomes.Should().BeEmpty("the public record holds no recommendation texts");
            (read, embedded) = (copy, wgec);
        });

        read.Should().Be(embedded);
        lines[0].Trim().Should().Be("A/RES/67/195");
        lines.Should().Contain(l => l.Contains("71") && l.Contains("69"));
    }

    [Fact]
    public void Readme_HoldsEveryExampleVerbatim()
    {
        var test = File.ReadAllText(Path.Combine(Datasets.EmbeddedDatasetTests.RepositoryRoot(), "tests", "Wgec.Core.Tests", "ReadmeExampleTests.cs"));
        var readme = File.ReadAllText(Path.Combine(Datasets.EmbeddedDatasetTests.RepositoryRoot(), "README.md"));
        var blocks = Blocks(test).ToList();
        blocks.Should().HaveCount(2);
        foreach (var block in blocks)
        {
            readme.Should().Contain(block, "the README shows this example exactly as the test runs it");
        }
    }

    /// <summary>Each marked block, without its indentation.</summary>
    private static IEnumerable<string> Blocks(string test)
    {
        var at = 0;
        // A marker ends its line; the constants above are followed by a quote.
        while ((at = test.IndexOf(Start + "\n", at, StringComparison.Ordinal)) >= 0)
        {
            var end = test.IndexOf(End + "\n", at, StringComparison.Ordinal);
            var body = test.Substring(at, end - at).Split('\n').Skip(1).Select(l => l.TrimEnd('\r')).ToList();
            body.RemoveAt(body.Count - 1);
            var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
            yield return string.Join("\n", body.Select(l => l.Length >= indent ? l.Substring(indent) : l.Trim()));
            at = end;
        }
    }

    private static string[] CapturingConsole(Action example)
    {
        var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(console);
        try
        {
            example();
        }
        finally
        {
            Console.SetOut(original);
        }

        return console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }
}
