using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Wgec.Core.Tests.Datasets;

namespace Wgec.Core.Tests.Architecture;

/// <summary>The domain knows nothing of JSON or reports, and the JSON layer holds no copy of the domain.</summary>
public sealed class LayeringTests
{
    private static string Source(params string[] parts) =>
        Path.Combine(new[] { EmbeddedDatasetTests.RepositoryRoot(), "src", "Wgec.Core" }.Concat(parts).ToArray());

    [Fact]
    public void Dossier_ImportsNothingFromSerializationOrReporting()
    {
        var text = File.ReadAllText(Source("Dossier.cs"));
        text.Should().NotContain("using Wgec.Core.Serialization").And.NotContain("using Wgec.Core.Reporting")
            .And.NotContain("Serialization.").And.NotContain("Reporting.");
    }

    [Fact]
    public void DomainFolders_DoNotUseTheSerializationLayer()
    {
        var offenders = new[] { "Process", "Meetings", "Consultation", "Catalogue", "Recommendations", "Consensus", "Identifiers" }
            .SelectMany(folder => Directory.GetFiles(Source(folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => Regex.IsMatch(File.ReadAllText(file), @"using Wgec\.Core\.Serialization|Serialization\.\w"))
            .Select(Path.GetFileName)
            .ToList();
        offenders.Should().BeEmpty("the serialization layer reads the domain, never the other way round");
    }

    [Fact]
    public void DomainFolders_DoNotUseTheReportingLayer()
    {
        var offenders = new[] { "Process", "Meetings", "Consultation", "Catalogue", "Recommendations", "Consensus", "Identifiers", "Internal" }
            .SelectMany(folder => Directory.GetFiles(Source(folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => Regex.IsMatch(File.ReadAllText(file), @"using Wgec\.Core\.Reporting|Reporting\.\w"))
            .Select(Path.GetFileName)
            .ToList();
        offenders.Should().BeEmpty("reports read the domain, never the other way round: the deliberation's report groups are its own data");
    }

    [Fact]
    public void TheLibrary_HoldsNoTransferObjectMirror()
    {
        typeof(Dossier).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Dto", StringComparison.Ordinal) || t.Name.EndsWith("Mapping", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .Should().BeEmpty("each serialized type is described once, by its own declaration");
    }

    [Fact]
    public void ArgumentChecks_GoThroughThePreconditionsLayer()
    {
        var offenders = Directory.GetFiles(Source(), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.EndsWith(Path.Combine("Internal", "Preconditions.cs"), StringComparison.Ordinal)
                && File.ReadAllText(file).Contains("Guard.Against.", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();
        offenders.Should().BeEmpty("the guard library makes the checks behind Internal/Preconditions, which gives them the library's words");
    }
}
