using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Wgec.Core.Identifiers;
using Wgec.Core.Serialization;

namespace Wgec.Core.Benchmarks;

/// <summary>
/// The cost of validated identifiers against plain strings: parsing is on every JSON read path.
/// </summary>
[MemoryDiagnoser]
public class IdBenchmarks
{
    private const string Text = "participant.ms-22";
    private readonly string _json = JsonSerializer.Serialize(Text);

    [Benchmark(Baseline = true)]
    public string PlainString() => JsonSerializer.Deserialize<string>(_json, WgecJson.Options)!;

    [Benchmark]
    public ParticipantId ValidatedId() => JsonSerializer.Deserialize<ParticipantId>(_json, WgecJson.Options);
}
