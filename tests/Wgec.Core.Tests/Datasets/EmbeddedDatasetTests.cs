using System;
using System.IO;
using Wgec.Core.Datasets;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Datasets;

public sealed class EmbeddedDatasetTests
{
    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Wgec.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Wgec.Core.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Wgec2013_EmbeddedJson_IsExactlyTheDossierBuiltFromTheFacts()
    {
        var expected = DossierSerializer.ToJson(Wgec2013Dossier.Build(), indented: true);
        var path = Path.Combine(RepositoryRoot(), "src", "Wgec.Core", "Datasets", "wgec-2013.json");
        if (Environment.GetEnvironmentVariable("WGEC_REGENERATE_DATASET") == "1")
        {
            File.WriteAllText(path, expected);
        }

        using var reader = new StreamReader(WgecDatasets.OpenWgec2013Json());
        reader.ReadToEnd().Should().Be(expected, "the embedded dataset is generated from the fact builders; regenerate it with WGEC_REGENERATE_DATASET=1");
    }

    [Fact]
    public void Wgec2013_LoadsThroughTheStrictReader_AndEqualsTheBuiltDossier()
    {
        WgecDatasets.Wgec2013().Should().Be(Wgec2013Dossier.Build());
    }

    [Fact]
    public void Wgec2013_IsSharedAcrossCalls()
    {
        WgecDatasets.Wgec2013().Should().BeSameAs(WgecDatasets.Wgec2013());
    }

    [Fact]
    public void Wgec2013_RoundTripsByteIdentically()
    {
        var bytes = DossierSerializer.ToUtf8Bytes(WgecDatasets.Wgec2013(), indented: false);
        DossierSerializer.ToUtf8Bytes(DossierSerializer.Read(bytes), indented: false).Should().Equal(bytes);
    }
}
