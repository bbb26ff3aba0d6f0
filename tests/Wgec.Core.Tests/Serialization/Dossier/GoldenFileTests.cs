using System;
using System.IO;
using Wgec.Core.Datasets;
using Wgec.Core.Serialization;
using Wgec.Core.Tests.Datasets;

namespace Wgec.Core.Tests.Serialization.Dossier;

/// <summary>
/// The wire format is a contract: the golden files were written by the 1.1 writer before the
/// interchange layer was rebuilt, and every later writer must give the same bytes for them.
/// </summary>
public sealed class GoldenFileTests
{
    public static TheoryData<string, bool> Files() => new()
    {
        { "wgec-2013.json", false },
        { "wgec-2013.indented.json", true },
        { "rich.json", false },
        { "rich.indented.json", true },
    };

    private static string PathOf(string name) =>
        Path.Combine(EmbeddedDatasetTests.RepositoryRoot(), "tests", "Wgec.Core.Tests", "Serialization", "Golden", name);

    [Theory]
    [MemberData(nameof(Files))]
    public void GoldenFile_ReadThenWritten_GivesTheSameBytes(string name, bool indented)
    {
        var golden = File.ReadAllBytes(PathOf(name));
        var dossier = DossierSerializer.Read(golden);
        DossierSerializer.ToUtf8Bytes(dossier, indented).Should().Equal(golden);
    }

    [Theory]
    [InlineData("rich.json", false)]
    [InlineData("rich.indented.json", true)]
    [InlineData("wgec-2013.json", false)]
    [InlineData("wgec-2013.indented.json", true)]
    public void SampleDossier_IsWrittenAsItsGoldenFile(string name, bool indented)
    {
        var dossier = name.StartsWith("rich", StringComparison.Ordinal) ? SampleDossiers.Rich() : WgecDatasets.Wgec2013();
        var bytes = DossierSerializer.ToUtf8Bytes(dossier, indented);
        if (Environment.GetEnvironmentVariable("WGEC_REGENERATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(PathOf(name), bytes);
        }

        bytes.Should().Equal(File.ReadAllBytes(PathOf(name)), "the golden files are the 1.1 wire format; regenerate them with WGEC_REGENERATE_GOLDEN=1 only when the sample data changes");
    }
}
