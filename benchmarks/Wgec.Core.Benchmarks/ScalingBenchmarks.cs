using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Wgec.Core.Benchmarks.Data;
using Wgec.Core.Benchmarks.Plain;

namespace Wgec.Core.Benchmarks;

/// <summary>
/// Growth of the read-and-validate cost with size: N, 10N and 100N, where N is a tenth of the
/// "about 1 MB" dataset (200 responses, 50 issues, 20 recommendations), so 10N is the small dataset
/// and 100N ten times it. Baseline at each size: STJ source generation into the plain DTOs, so the
/// Ratio column also shows whether validation grows faster than parsing. The goal reads
/// time(100N) / time(N) from the Wgec.Core rows. WGEC_BENCH_SMOKE=1 uses a hundredth of N.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private byte[] _plainJson = null!;
    private byte[] _wgecJson = null!;

    [Params(1, 10, 100)]
    public int Multiplier { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var n = BenchmarkSettings.Smoke ? 0.001 : 0.1;
        var data = DataGenerator.Create(n * Multiplier);
        _plainJson = JsonSerializer.SerializeToUtf8Bytes(data.Plain, PlainJsonContext.Default.PlainDossier);
        _wgecJson = WgecDossierJson.ToUtf8(data.Dossier);
        System.Console.WriteLine($"// {Multiplier}N: plain JSON {_plainJson.Length:N0} bytes, Wgec.Core JSON {_wgecJson.Length:N0} bytes");
    }

    [Benchmark(Baseline = true)]
    public PlainDossier StjSourceGeneratedRead() => JsonSerializer.Deserialize(_plainJson, PlainJsonContext.Default.PlainDossier)!;

    [Benchmark]
    public Dossier WgecCoreReadAndValidate() => WgecDossierJson.Read(_wgecJson);
}
