using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Wgec.Core.Benchmarks.Data;
using Wgec.Core.Benchmarks.Plain;

namespace Wgec.Core.Benchmarks;

/// <summary>
/// Reading the whole dataset from UTF-8 bytes in memory. Baseline: STJ source generation into the
/// plain DTOs (no validation at all). Wgec.Core builds every domain object through its validating
/// constructor. Newtonsoft.Json reads the plain DTOs.
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
        _wgecJson = WriteWgec(data);

        // What is read back is what was written (content equality of the domain objects).
        var read = WgecCoreWithValidation();
        if (!read.Consultation.Equals(data.Consultation) || !read.Catalogue.Equals(data.Catalogue) || !read.Roster.Equals(data.Roster)
            || !read.WorkingGroup.Equals(data.WorkingGroup) || read.Readings.Length != data.Readings.Length || !read.Readings[^1].Equals(data.Readings[^1]))
        {
            throw new InvalidDataException("Wgec.Core did not read back what it wrote.");
        }

        System.Console.WriteLine($"// {Size}: plain JSON {_plainJson.Length:N0} bytes, Wgec.Core JSON {_wgecJson.Length:N0} bytes");
    }

    internal static byte[] WriteWgec(GeneratedData data)
    {
        var buffer = new ArrayBufferWriter<byte>(1024 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WgecSections.Write(writer, data);
        }

        return buffer.WrittenSpan.ToArray();
    }

    [Benchmark(Baseline = true)]
    public PlainDossier StjSourceGenerated() => JsonSerializer.Deserialize(_plainJson, PlainJsonContext.Default.PlainDossier)!;

    [Benchmark]
    public GeneratedData WgecCoreWithValidation() => WgecSections.Read(_wgecJson);

    [Benchmark]
    public PlainDossier Newtonsoft()
    {
        using var stream = new MemoryStream(_plainJson, writable: false);
        using var text = new StreamReader(stream, Encoding.UTF8);
        using var json = new global::Newtonsoft.Json.JsonTextReader(text);
        return NewtonsoftSetup.Serializer.Deserialize<PlainDossier>(json)!;
    }
}
