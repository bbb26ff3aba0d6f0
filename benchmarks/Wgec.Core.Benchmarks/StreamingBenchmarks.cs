using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Wgec.Core.Benchmarks.Data;
using Wgec.Core.Consultation;
using Wgec.Core.Serialization;

namespace Wgec.Core.Benchmarks;

/// <summary>
/// Streaming reads of generated responses held in memory as JSON Lines, generated in setup.
/// Baseline: a <see cref="Utf8JsonReader"/> tokenising every byte (the limit). The library's fold
/// cuts the stream into lines over bytes, validates each line as strictly as the one-pass reader
/// and tallies it into the distribution and the count matrix without building the response.
/// The documented run uses 1,000,000 responses; WGEC_BENCH_SMOKE=1 uses 2,000.
/// </summary>
[MemoryDiagnoser]
public class StreamingBenchmarks
{
    private GeneratedResponses _stream = null!;

    [ParamsSource(nameof(Counts))]
    public int Responses { get; set; }

    public static IEnumerable<int> Counts => BenchmarkSettings.Smoke ? [2_000] : [1_000_000];

    [GlobalSetup]
    public void Setup()
    {
        _stream = GeneratedResponses.Create(Responses);
        System.Console.WriteLine($"// {Responses:N0} responses: {_stream.Utf8.Length:N0} bytes of JSON Lines");
    }

    [Benchmark(Baseline = true)]
    public long Utf8JsonReaderTokenise()
    {
        var reader = new Utf8JsonReader(_stream.Utf8, new JsonReaderOptions { AllowMultipleValues = true });
        long tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark]
    public async Task<ResponseFoldResult> ResponseFoldToDistributionAndMatrix()
    {
        using var input = new MemoryStream(_stream.Utf8, writable: false);
        var result = await ResponseFold.ReadAndFoldAsync(input, ResponseStreamFormat.JsonLines, _stream.Questionnaire, _stream.CategoryOf).ConfigureAwait(false);
        if (result.Folded != Responses)
        {
            throw new InvalidDataException($"folded {result.Folded} of {Responses} responses.");
        }

        return result;
    }

    /// <summary>The same stream read into <see cref="Response"/> objects (what a caller of the reader pays per response).</summary>
    [Benchmark]
    public async Task<int> ResponseReaderToResponses()
    {
        using var input = new MemoryStream(_stream.Utf8, writable: false);
        var count = 0;
        await foreach (var response in ResponseReader.ReadAsync(input, ResponseStreamFormat.JsonLines).ConfigureAwait(false))
        {
            count += response is null ? 0 : 1;
        }

        if (count != Responses)
        {
            throw new InvalidDataException($"read {count} of {Responses} responses.");
        }

        return count;
    }
}
