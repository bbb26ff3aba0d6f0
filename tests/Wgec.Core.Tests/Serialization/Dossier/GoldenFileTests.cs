using System;
using System.IO;
using System.Text.Json.Nodes;
using Wgec.Core.Datasets;
using Wgec.Core.Serialization;
using Wgec.Core.Tests.Datasets;

namespace Wgec.Core.Tests.Serialization.Dossier;

/// <summary>
/// The wire format is a contract: the golden files in <c>Golden/</c> were written by the 1.1 writer
/// before the interchange layer was rebuilt (DTOs and System.Text.Json), and are frozen. Format 1.2
/// changed one thing, mandate tasks from names to objects, so each is read through the migration and
/// must be written as its frozen 1.2 form in <c>Golden/1.2/</c>, which in turn says exactly what the
/// 1.1 file says and round-trips byte for byte. <c>Golden/current/</c> holds today's samples as
/// written now, so a change to what the writer produces for them is seen in review.
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

    private static string V12PathOf(string name) => PathOf(Path.Combine("1.2", name));

    private static string CurrentPathOf(string name) =>
        Path.Combine(EmbeddedDatasetTests.RepositoryRoot(), "tests", "Wgec.Core.Tests", "Serialization", "Golden", "current", name);

    [Theory]
    [MemberData(nameof(Files))]
    public void GoldenFile_Read11ThenWritten_GivesItsFrozen12Form(string name, bool indented)
    {
        var golden = File.ReadAllBytes(PathOf(name));
        var dossier = DossierSerializer.Read(golden);
        DossierSerializer.ToUtf8Bytes(dossier, indented).Should().Equal(File.ReadAllBytes(V12PathOf(name)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Frozen12Form_SaysWhatThe11FileSays_OnlyWithTaskObjects(string name, bool indented)
    {
        var v12 = (JsonObject)JsonNode.Parse(File.ReadAllBytes(V12PathOf(name)))!;
        v12["formatVersion"]!.GetValue<string>().Should().Be("1.2");
        var v11 = JsonNode.Parse(File.ReadAllBytes(PathOf(name)))!;
        JsonNode.DeepEquals(DossierMigrationTests.AsV11(v12), v11).Should().BeTrue("the 1.2 form differs from the 1.1 file in its version and the shape of the tasks only");
        DossierSerializer.ToUtf8Bytes(DossierSerializer.Read(File.ReadAllBytes(V12PathOf(name))), indented).Should().Equal(File.ReadAllBytes(V12PathOf(name)));
    }

    [Theory]
    [InlineData("rich.json", false)]
    [InlineData("rich.indented.json", true)]
    [InlineData("wgec-2013.json", false)]
    [InlineData("wgec-2013.indented.json", true)]
    public void SampleDossier_IsWrittenAsItsCurrentSnapshot(string name, bool indented)
    {
        var dossier = name.StartsWith("rich", StringComparison.Ordinal) ? SampleDossiers.Rich() : WgecDatasets.Wgec2013();
        var bytes = DossierSerializer.ToUtf8Bytes(dossier, indented);
        if (Environment.GetEnvironmentVariable("WGEC_REGENERATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CurrentPathOf(name))!);
            File.WriteAllBytes(CurrentPathOf(name), bytes);
        }

        bytes.Should().Equal(File.ReadAllBytes(CurrentPathOf(name)), "the snapshots are what the writer makes of today's samples; regenerate them with WGEC_REGENERATE_GOLDEN=1 when the sample data changes");
    }
}
