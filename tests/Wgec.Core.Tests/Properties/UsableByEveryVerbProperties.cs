using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using Wgec.Core.Fuzz;
using Wgec.Core.Serialization;
using Wgec.Core.Tests.Serialization.Dossier;

namespace Wgec.Core.Tests.Properties;

/// <summary>
/// Issue 18: a dossier that validates is usable by every verb. For generated valid dossiers, and for every
/// hostile or fuzzed document that reads without error, every query, rule, summary, report format and the
/// timeline runs without throwing (<see cref="EveryVerb"/>).
/// </summary>
public sealed class UsableByEveryVerbProperties
{
    [Fact]
    public void GeneratedValidDossier_EveryVerbRunsWithoutThrowing()
    {
        // Each case runs six rules with their paths, two summaries and three report formats: a tenth as many cases as a plain property.
        DossierGen.Dossier.Sample(EveryVerb.Run, iter: PropertyRun.Iterations / 10);
    }

    [Fact]
    public void GeneratedValidDossier_ReadBackFromJson_EveryVerbRunsWithoutThrowing()
    {
        DossierGen.Dossier.Sample(d => EveryVerb.Run(DossierSerializer.Read(DossierSerializer.ToUtf8Bytes(d))), iter: PropertyRun.Iterations / 20);
    }

    [Fact]
    public void HostileCorpus_EveryDocumentThatReads_IsUsableByEveryVerb()
    {
        var read = 0;
        foreach (var (name, bytes, options) in HostileInputCorpusTests.Documents())
        {
            if (DossierSerializer.TryReadDocument(bytes, options, out var document, out _))
            {
                read++;
                Run(name, document!.Dossier);
            }
        }

        read.Should().Be(0, "every document of the hostile corpus is rejected today; one that reads must be usable");
    }

    [Fact]
    public void FuzzCorpus_EveryDossierThatReads_IsUsableByEveryVerb()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "FuzzCorpus");
        var dossierSection = Array.IndexOf(FuzzTarget.Sections, typeof(Dossier));
        var read = 0;
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length > 1 && bytes[0] % FuzzTarget.Sections.Length == dossierSection && DossierSerializer.TryRead(bytes.AsSpan(1), out var dossier, out _))
            {
                read++;
                Run(Path.GetFileName(file), dossier!);
            }
        }

        read.Should().BePositive("the corpus holds whole-dossier seeds");
    }

    [Fact]
    public void SamplesAndGoldenDocuments_AreUsableByEveryVerb()
    {
        EveryVerb.Run(SampleDossiers.Rich());
        EveryVerb.Run(Wgec.Core.Datasets.WgecDatasets.Wgec2013());
        foreach (var file in Directory.GetFiles(Path.Combine(Datasets.EmbeddedDatasetTests.RepositoryRoot(), "tests", "Wgec.Core.Tests", "Serialization", "Golden"), "*.json", SearchOption.AllDirectories))
        {
            Run(Path.GetFileName(file), DossierSerializer.Read(File.ReadAllBytes(file)));
        }
    }

    private static void Run(string name, Dossier dossier)
    {
        var act = () => EveryVerb.Run(dossier);
        act.Should().NotThrow("'{0}' reads without error, so every verb must use it", name);
    }
}
