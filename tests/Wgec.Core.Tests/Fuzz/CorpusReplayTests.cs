using System;
using System.IO;
using System.Linq;
using System.Text;
using Wgec.Core.Fuzz;

namespace Wgec.Core.Tests.Fuzz;

/// <summary>
/// Replays every file of tests/Wgec.Core.Fuzz/corpus (the checked-in seeds and whatever fuzzing found)
/// through the same <see cref="FuzzTarget.Run"/> the SharpFuzz harness uses: no input may throw
/// anything but a rejection, and every accepted input round-trips. Seeds (files named seed-*) are
/// realistic dossier sections and must be accepted.
/// </summary>
public sealed class CorpusReplayTests
{
    private static readonly string CorpusFolder = Path.Combine(AppContext.BaseDirectory, "FuzzCorpus");

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusEntry_IsRejectedOrRoundTrips(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(CorpusFolder, file));
        var verdict = FuzzTarget.Run(bytes);
        if (file.StartsWith("seed-", StringComparison.Ordinal))
        {
            verdict.Should().Be(FuzzVerdict.Accepted, "seed {0} is a valid {1}", file, FuzzTarget.Sections[bytes[0] % FuzzTarget.Sections.Length].Name);
        }
    }

    [Fact]
    public void Corpus_HasASeedForEverySection()
    {
        var covered = Directory.GetFiles(CorpusFolder, "seed-*")
            .Select(File.ReadAllBytes)
            .Select(b => FuzzTarget.Sections[b[0] % FuzzTarget.Sections.Length])
            .Distinct();
        covered.Should().BeEquivalentTo(FuzzTarget.Sections);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0000")]
    [InlineData("\u0000null")]
    [InlineData("\u0003{\"id\":")]
    [InlineData("\u0004{\"recommendation\":\"A-1\",\"meeting\":0,\"isFinal\":false,\"positions\":[]}")]
    [InlineData("\u0005{\"declaredGroups\":[],\"entries\":[]}")]
    [InlineData("\u000b{\"events\":[{\"kind\":\"read\",\"at\":\"2014-05-02T12:00:00Z\",\"meeting\":1,\"actor\":\"chair\"}]}")]
    [InlineData("\u0010[1,2,3]")]
    public void MalformedOrInvalidInput_IsRejectedNotThrown(string input)
    {
        var verdict = FuzzTarget.Run(Encoding.UTF8.GetBytes(input));
        verdict.Should().Be(input.Length == 0 ? FuzzVerdict.Empty : input == "\u0000null" ? FuzzVerdict.Accepted : FuzzVerdict.Rejected);
    }

    [Fact]
    public void SeedBytes_ChangedToAnotherSection_AreRejectedNotThrown()
    {
        foreach (var file in Directory.GetFiles(CorpusFolder, "seed-*"))
        {
            var bytes = File.ReadAllBytes(file);
            for (var other = 0; other < FuzzTarget.Sections.Length; other++)
            {
                bytes[0] = (byte)other;
                var verdict = FuzzTarget.Run(bytes);
                verdict.Should().NotBe(FuzzVerdict.Empty, "{0} read as {1}", Path.GetFileName(file), FuzzTarget.Sections[other].Name);
            }
        }
    }
}
