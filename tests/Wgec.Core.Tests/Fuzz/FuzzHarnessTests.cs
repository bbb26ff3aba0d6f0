using System;
using System.IO;
using System.Linq;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Wgec.Core.Fuzz;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Fuzz;

/// <summary>
/// What makes libFuzzer reach the reader: dossier seeds that the public read API accepts as they are,
/// a dictionary that holds every member name of the format, and a documented <c>-max_len</c> that no
/// corpus file exceeds (libFuzzer silently truncates longer seeds, and a truncated dossier never gets past the parser).
/// </summary>
public sealed class FuzzHarnessTests
{
    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "FuzzCorpus");

    public static TheoryData<string> DossierSeeds() =>
        new(Directory.GetFiles(CorpusFolder, "seed-Dossier-*").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(DossierSeeds))]
    public void DossierSeed_ReadsWithoutError_ThroughThePublicApi(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(CorpusFolder, file));
        (bytes[0] % FuzzTarget.Sections.Length).Should().Be(Array.IndexOf(FuzzTarget.Sections, typeof(Dossier)), "the first byte selects the dossier reader");
        DossierSerializer.TryRead(bytes.AsSpan(1), out var dossier, out var errors).Should().BeTrue(string.Join(" | ", errors.Take(5)));
        dossier.Should().NotBeNull();
    }

    [Fact]
    public void Corpus_HasSeveralDossierSeeds_IncludingA10Document()
    {
        var seeds = Directory.GetFiles(CorpusFolder, "seed-Dossier-*").Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f))).ToList();
        seeds.Should().HaveCountGreaterThanOrEqualTo(4);
        seeds.Should().Contain(s => s.Contains("\"formatVersion\":\"1.0\"", StringComparison.Ordinal), "the 1.0 migration is a reader path of its own");
    }

    [Fact]
    public void Dictionary_HoldsEveryMemberNameOfTheSchema()
    {
        var entries = FuzzDictionary.Entries();
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Datasets.EmbeddedDatasetTests.RepositoryRoot(), "schema", "wgec-dossier.schema.json")));
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Collect(schema.RootElement, names);
        names.Should().HaveCountGreaterThan(100);
        names.Where(n => !entries.Contains("\"" + n + "\"")).Should().BeEmpty("run python3 tests/Wgec.Core.Fuzz/make-dictionary.py after a format change");
        entries.Should().Contain(["\"start\"", "\"end\""], "date ranges are members too, although the schema leaves them open");
    }

    [Fact]
    public void Dictionary_HoldsEscapes_Surrogates_AndInvalidUtf8()
    {
        var entries = FuzzDictionary.Entries();
        entries.Should().Contain([@"\u0000", @"\ud800", @"\udc00", @"\udc00\ud800"]);
        entries.Should().Contain(e => e.Length == 1 && e[0] == '\u00FF', "a byte that is never valid UTF-8");
        entries.Should().Contain("\u00ED\u00A0\u0080", "the UTF-8 (CESU) form of a lone surrogate");
        entries.Should().Contain("\u00C0\u00AF", "an overlong encoding");
    }

    [Fact]
    public void DocumentedMaxLen_IsAboveTheLargestCorpusFile()
    {
        var readme = File.ReadAllText(Path.Combine(FuzzDictionary.FuzzFolder, "README.md"));
        var maxLens = Regex.Matches(readme, @"-max_len=(\d+)").Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        maxLens.Should().NotBeEmpty();
        var largest = Directory.GetFiles(CorpusFolder).Max(f => new FileInfo(f).Length);
        maxLens.Should().OnlyContain(m => m > largest, "libFuzzer truncates inputs to -max_len; the largest corpus file has {0} bytes", largest);
        readme.Should().Contain("-dict=tests/Wgec.Core.Fuzz/wgec.dict");
    }

    private static void Collect(JsonElement node, ISet<string> names)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in node.EnumerateObject())
                {
                    if (member.NameEquals("properties") && member.Value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in member.Value.EnumerateObject())
                        {
                            names.Add(property.Name);
                        }
                    }

                    Collect(member.Value, names);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    Collect(item, names);
                }

                break;
        }
    }
}
