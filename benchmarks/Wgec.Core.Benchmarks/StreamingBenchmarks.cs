using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Wgec.Core.Benchmarks.Data;
using Wgec.Core.Consultation;
using Wgec.Core.Serialization;

namespace Wgec.Core.Benchmarks;

/// <summary>
/// Streaming reads of generated responses held in memory as JSON Lines. Baseline: a
/// <see cref="Utf8JsonReader"/> tokenising every byte (the limit). The library's fold reads each line
/// through the validating JSON layer and folds it into the distribution and the count matrix.
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

    /// <summary>
    /// A prototype of a library change, through public API only: the same fold, but each JSON line is
    /// cut from the UTF-8 bytes and read by the library's validating converter directly, without the
    /// <see cref="StreamReader"/>/string detour of <see cref="ResponseReader"/>. The difference to the
    /// method above is what reading lines as UTF-8 would gain.
    /// </summary>
    [Benchmark]
    public async Task<ResponseFoldResult> Prototype_FoldOverUtf8Lines()
    {
        var result = await ResponseFold.FoldAsync(Utf8Lines(_stream.Utf8), _stream.Questionnaire, _stream.CategoryOf).ConfigureAwait(false);
        if (result.Folded != Responses)
        {
            throw new InvalidDataException($"folded {result.Folded} of {Responses} responses.");
        }

        return result;
    }

#pragma warning disable CS1998 // An async iterator over memory: nothing to await, the fold consumes it asynchronously.
    private static async IAsyncEnumerable<Response> Utf8Lines(byte[] utf8)
#pragma warning restore CS1998
    {
        var info = (JsonTypeInfo<Response>)WgecJson.Options.GetTypeInfo(typeof(Response));
        var start = 0;
        while (start < utf8.Length)
        {
            var end = System.Array.IndexOf(utf8, (byte)'\n', start);
            if (end < 0)
            {
                end = utf8.Length;
            }

            if (end > start)
            {
                yield return Read(utf8, start, end - start, info);
            }

            start = end + 1;
        }
    }

    private static Response Read(byte[] utf8, int start, int length, JsonTypeInfo<Response> info) =>
        JsonSerializer.Deserialize(new System.ReadOnlySpan<byte>(utf8, start, length), info) ?? throw new InvalidDataException("a null response.");
}
