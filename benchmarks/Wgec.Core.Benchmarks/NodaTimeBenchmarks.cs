using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Wgec.Core.Benchmarks.Data;
using Wgec.Core.Benchmarks.NodaTimeJson;

namespace Wgec.Core.Benchmarks;

/// <summary>
/// The cost of NodaTime values in JSON: the dataset's submission instants (a quarter with
/// milliseconds) written as <see cref="Instant"/> versus the same values as
/// <see cref="DateTimeOffset"/>, in the same mode (options-based serialization with converters
/// registered on the options, source-generated metadata, a reused buffer). Baseline:
/// <see cref="DateTimeOffset"/>. "Stock" is NodaTime.Serialization.SystemTextJson as Wgec.Core
/// registers it (ConfigureForNodaTime); "Lean" is the allocation-free prototype
/// <see cref="LeanInstantConverter"/>, checked at setup to write byte-identical output.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime; [GlobalCleanup] disposes the writers.")]
public class NodaTimeBenchmarks
{
    private Instant[] _instants = null!;
    private DateTimeOffset[] _offsets = null!;
    private ArrayBufferWriter<byte> _buffer = null!;
    private Utf8JsonWriter _writer = null!;
    private JsonTypeInfo<Instant[]> _stock = null!;
    private JsonTypeInfo<Instant[]> _lean = null!;
    private JsonTypeInfo<DateTimeOffset[]> _offsetInfo = null!;

    [ParamsSource(nameof(Counts))]
    public int Values { get; set; }

    public static IEnumerable<int> Counts => BenchmarkSettings.Smoke ? [200] : [10_000];

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchmarkSettings.Data(BenchmarkSettings.ScaleOf(BenchmarkSettings.Smoke ? DataSize.Smoke : DataSize.Small));
        var submitted = data.Consultation.Submissions.Select(s => s.SubmittedAt).ToArray();
        _instants = Enumerable.Range(0, Values)
            .Select(i => submitted[i % submitted.Length] + (i % 4 == 0 ? Duration.FromMilliseconds(i % 1000) : Duration.Zero))
            .ToArray();
        _offsets = _instants.Select(i => i.ToDateTimeOffset()).ToArray();

        _stock = Info<Instant[]>(o => o.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb));
        _lean = Info<Instant[]>(o => o.Converters.Add(new LeanInstantConverter()));
        _offsetInfo = Info<DateTimeOffset[]>(o => o.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb));
        _buffer = new ArrayBufferWriter<byte>(Values * 40);
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });

        Instants_StockNodaTimeConverter();
        var stock = _buffer.WrittenSpan.ToArray();
        Instants_LeanConverter();
        if (!_buffer.WrittenSpan.SequenceEqual(stock))
        {
            throw new InvalidOperationException("the lean instant converter does not write what the stock one writes.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true)]
    public int DateTimeOffsets()
    {
        Reset();
        JsonSerializer.Serialize(_writer, _offsets, _offsetInfo);
        return Flush();
    }

    [Benchmark]
    public int Instants_StockNodaTimeConverter()
    {
        Reset();
        JsonSerializer.Serialize(_writer, _instants, _stock);
        return Flush();
    }

    [Benchmark]
    public int Instants_LeanConverter()
    {
        Reset();
        JsonSerializer.Serialize(_writer, _instants, _lean);
        return Flush();
    }

    private static JsonTypeInfo<T> Info<T>(Action<JsonSerializerOptions> configure)
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = NodaValuesContext.Default };
        configure(options);
        options.MakeReadOnly();
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }

    private void Reset()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
    }

    private int Flush()
    {
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}
