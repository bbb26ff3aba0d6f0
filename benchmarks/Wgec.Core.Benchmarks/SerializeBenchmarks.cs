using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Wgec.Core.Benchmarks.Data;
using Wgec.Core.Benchmarks.Plain;
using Wgec.Core.Serialization;

namespace Wgec.Core.Benchmarks;

/// <summary>
/// Writing the whole dataset as JSON. Baseline: a hand-written <see cref="Utf8JsonWriter"/> over the
/// plain DTO graph (the practical limit). Wgec.Core, STJ source generation and the hand-written
/// writer all write into the same kind of reused <see cref="IBufferWriter{T}"/>, so the allocation
/// column shows what the serializer itself allocates per call.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime; [GlobalCleanup] disposes the writer and the stream.")]
public class SerializeBenchmarks
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    private Dossier _dossier = null!;
    private PlainDossier _plain = null!;
    private ArrayBufferWriter<byte> _buffer = null!;
    private Utf8JsonWriter _plainWriter = null!;
    private MemoryStream _stream = null!;

    [ParamsSource(nameof(Sizes))]
    public DataSize Size { get; set; }

    public static IEnumerable<DataSize> Sizes => BenchmarkSettings.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchmarkSettings.Data(BenchmarkSettings.ScaleOf(Size));
        _dossier = data.Dossier;
        _plain = data.Plain;
        _buffer = new ArrayBufferWriter<byte>(1024 * 1024);
        _plainWriter = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });

        _stream = new MemoryStream();

        // Same JSON from the hand-written writer and from STJ source generation: the limit is honest.
        var handWritten = HandWrittenUtf8JsonWriter();
        var handBytes = _buffer.WrittenSpan.ToArray();
        var generated = StjSourceGenerated();
        if (handWritten != generated || !_buffer.WrittenSpan.SequenceEqual(handBytes))
        {
            throw new InvalidDataException("the hand-written writer and STJ source generation disagree on the plain JSON.");
        }

        System.Console.WriteLine($"// {Size}: plain JSON {handWritten:N0} bytes, Wgec.Core JSON {WgecCore():N0} bytes, Newtonsoft {Newtonsoft():N0} bytes");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _plainWriter.Dispose();
        _stream.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenUtf8JsonWriter()
    {
        _buffer.ResetWrittenCount();
        _plainWriter.Reset(_buffer);
        PlainJsonWriter.Write(_plainWriter, _plain);
        _plainWriter.Flush();
        return _buffer.WrittenCount;
    }

    /// <summary>The whole dossier through <see cref="DossierSerializer.Write(Dossier, IBufferWriter{byte})"/> into the reused buffer.</summary>
    [Benchmark]
    public int WgecCore()
    {
        _buffer.ResetWrittenCount();
        DossierSerializer.Write(_dossier, _buffer);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int StjSourceGenerated()
    {
        _buffer.ResetWrittenCount();
        _plainWriter.Reset(_buffer);
        JsonSerializer.Serialize(_plainWriter, _plain, PlainJsonContext.Default.PlainDossier);
        _plainWriter.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public long Newtonsoft()
    {
        _stream.SetLength(0);
        using (var text = new StreamWriter(_stream, Utf8NoBom, 16 * 1024, leaveOpen: true))
        using (var json = new global::Newtonsoft.Json.JsonTextWriter(text))
        {
            NewtonsoftSetup.Serializer.Serialize(json, _plain);
        }

        return _stream.Length;
    }
}
