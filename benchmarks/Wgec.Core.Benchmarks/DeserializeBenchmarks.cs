using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Wgec.Core.Benchmarks.Data;
using Wgec.Core.Benchmarks.Plain;

namespace Wgec.Core.Benchmarks;

/// <summary>
/// Reading the whole dataset from UTF-8 bytes in memory. Baseline: STJ source generation into the
/// plain DTOs (no validation at all). Wgec.Core reads the whole dossier, building every domain object
/// through its validating constructor and checking every reference across sections. Newtonsoft.Json reads the plain DTOs.
/// </summary>
[MemoryDiagnoser]
public class DeserializeBenchmarks
{
    private byte[] _plainJson = null!;
    private byte[] _wgecJson = null!;

    [ParamsSource(nameof(Sizes))]
    public DataSize Size { get; set; }

    public static IEnumerable<DataSize> Sizes => BenchmarkSettings.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchmarkSettings.Data(BenchmarkSettings.ScaleOf(Size));
        _plainJson = JsonSerializer.SerializeToUtf8Bytes(data.Plain, PlainJsonContext.Default.PlainDossier);
        _wgecJson = WgecDossierJson.ToUtf8(data.Dossier);

        // What is read back is what was written (content equality of the whole dossier).
        if (!WgecCoreWithValidation().Equals(data.Dossier))
        {
            throw new InvalidDataException("Wgec.Core did not read back what it wrote.");
        }

        System.Console.WriteLine($"// {Size}: plain JSON {_plainJson.Length:N0} bytes, Wgec.Core JSON {_wgecJson.Length:N0} bytes");
    }

    [Benchmark(Baseline = true)]
    public PlainDossier StjSourceGenerated() => JsonSerializer.Deserialize(_plainJson, PlainJsonContext.Default.PlainDossier)!;

    /// <summary>The whole dossier through <see cref="Wgec.Core.Serialization.DossierSerializer"/>: every object and every cross-section reference validated.</summary>
    [Benchmark]
    public Dossier WgecCoreWithValidation() => WgecDossierJson.Read(_wgecJson);

    [Benchmark]
    public PlainDossier Newtonsoft()
    {
        using var stream = new MemoryStream(_plainJson, writable: false);
        using var text = new StreamReader(stream, Encoding.UTF8);
        using var json = new global::Newtonsoft.Json.JsonTextReader(text);
        return NewtonsoftSetup.Serializer.Deserialize<PlainDossier>(json)!;
    }
}
