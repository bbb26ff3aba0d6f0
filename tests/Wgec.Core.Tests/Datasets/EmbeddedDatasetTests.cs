using System;
using System.IO;
using System.Linq;
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

    public static TheoryData<string> Names() => new(WgecDatasets.All.Select(d => d.Name));

    // Each dataset's fact builders; the embedded JSON must be exactly what they build.
    private static Dossier Built(string name) => name switch
    {
        "wgec-2013" => Wgec2013Dossier.Build(),
        "wgec-2016" => Wgec2016Dossier.Build(),
        _ => throw new ArgumentException($"no fact builders for the dataset '{name}'."),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void EmbeddedJson_IsExactlyTheDossierBuiltFromTheFacts(string name)
    {
        var expected = DossierSerializer.ToJson(Built(name), indented: true);
        var path = Path.Combine(RepositoryRoot(), "src", "Wgec.Core", "Datasets", name + ".json");
        if (Environment.GetEnvironmentVariable("WGEC_REGENERATE_DATASET") == "1")
        {
            File.WriteAllText(path, expected);
        }

        using var reader = new StreamReader(WgecDatasets.Find(name).OpenJson());
        reader.ReadToEnd().Should().Be(expected, "the embedded dataset is generated from the fact builders; regenerate it with WGEC_REGENERATE_DATASET=1");
    }

    [Fact]
    public void OpenWgec2013Json_IsTheWgec2013DatasetsJson()
    {
        using var direct = new StreamReader(WgecDatasets.OpenWgec2013Json());
        using var found = new StreamReader(WgecDatasets.Find("wgec-2013").OpenJson());
        direct.ReadToEnd().Should().Be(found.ReadToEnd());
    }

    [Fact]
    public void Wgec2016_LoadsThroughTheStrictReader_AndEqualsTheBuiltDossier()
    {
        WgecDatasets.Wgec2016().Should().Be(Wgec2016Dossier.Build());
        WgecDatasets.Wgec2016().Should().BeSameAs(WgecDatasets.Find("wgec-2016").Load());
    }

    [Fact]
    public void All_ListsBothDatasets_ByName_WithTheirDossiersTitles()
    {
        WgecDatasets.All.Select(d => d.Name).Should().Equal("wgec-2013", "wgec-2016");
        foreach (var dataset in WgecDatasets.All)
        {
            dataset.Title.Should().Be(dataset.Load().Title);
            WgecDatasets.Find(dataset.Name).Should().BeSameAs(dataset);
        }

        WgecDatasets.Find(WgecDatasets.DefaultName).Load().Should().BeSameAs(WgecDatasets.Wgec2013());
    }

    [Theory]
    [InlineData("wgec-2020")]
    [InlineData("WGEC-2013")]
    [InlineData("")]
    public void Find_UnknownName_FailsListingTheNames(string name)
    {
        WgecDatasets.TryFind(name, out var none).Should().BeFalse();
        none.Should().BeNull();
        var act = () => WgecDatasets.Find(name);
        act.Should().Throw<ArgumentException>().WithMessage($"there is no embedded dataset '{name}'; the datasets are: wgec-2013, wgec-2016.");
    }

    [Fact]
    public void EveryDataset_RoundTripsByteIdentically_AndItsExportValidates()
    {
        foreach (var dataset in WgecDatasets.All)
        {
            var bytes = DossierSerializer.ToUtf8Bytes(dataset.Load(), indented: false);
            DossierSerializer.TryRead(bytes, out var copy, out var errors).Should().BeTrue(string.Join("; ", errors));
            DossierSerializer.ToUtf8Bytes(copy!, indented: false).Should().Equal(bytes);
        }
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
