using System;
using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Wgec.Core.Benchmarks.Data;
using Wgec.Core.Consultation;
using Wgec.Core.Serialization;

namespace Wgec.Core.Benchmarks;

/// <summary>
/// Measurements BenchmarkDotNet does not take: dataset sizes, a per-section breakdown of the
/// library's read and write cost, and the peak managed memory of the streaming fold. They print
/// figures for the README; they assert nothing about time.
/// </summary>
public static class Diagnostics
{
    /// <summary>Prints the JSON size of each dataset in both layouts.</summary>
    public static void Sizes()
    {
        foreach (var size in new[] { DataSize.Small, DataSize.Large })
        {
            var data = DataGenerator.Create(BenchmarkSettings.ScaleOf(size));
            var plain = JsonSerializer.SerializeToUtf8Bytes(data.Plain, Plain.PlainJsonContext.Default.PlainDossier);
            var wgec = WgecDossierJson.ToUtf8(data.Dossier);
            Console.WriteLine(FormattableString.Invariant($"{size}: {data.Consultation.Submissions.Length:N0} responses, {data.Catalogue.Issues.Length:N0} issues, {data.Recommendations.Length:N0} recommendations, {data.Readings.Length:N0} readings; plain JSON {plain.Length:N0} bytes; Wgec.Core JSON {wgec.Length:N0} bytes"));
        }
    }

    /// <summary>Time and allocation of reading and writing each section of the small dataset through the library.</summary>
    public static void Breakdown(int rounds)
    {
        var data = DataGenerator.Create(1);
        Section("workingGroup", data.WorkingGroup, rounds);
        Section("consultation", data.Consultation, rounds);
        Section("catalogue", data.Catalogue, rounds);
        Section("recommendations", data.Recommendations[0], rounds, data.Recommendations.Length);
        Section("readings", data.Readings[0], rounds, data.Readings.Length);
        Section("dossier (all)", data.Dossier, rounds);
    }

    /// <summary>
    /// The peak managed heap of the streaming fold above what was live before it (the input bytes
    /// held in memory are excluded), sampled every millisecond, for 100,000 and 1,000,000 responses.
    /// </summary>
    public static async Task PeakMemoryAsync()
    {
        foreach (var count in new[] { 100_000, 1_000_000 })
        {
            await PeakMemoryAsync(count).ConfigureAwait(false);
        }
    }

    private static async Task PeakMemoryAsync(int count)
    {
        var responses = GeneratedResponses.Create(count);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = before;
        long peakAfterGc = before;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                peakAfterGc = Math.Max(peakAfterGc, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
                Thread.Sleep(1);
            }
        });
        var collections = GC.CollectionCount(0);
        var watch = Stopwatch.StartNew();
        ResponseFoldResult result;
        using (var input = new MemoryStream(responses.Utf8, writable: false))
        {
            result = await ResponseFold.ReadAndFoldAsync(input, ResponseStreamFormat.JsonLines, responses.Questionnaire, responses.CategoryOf).ConfigureAwait(false);
        }

        watch.Stop();
        await done.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        Console.WriteLine(FormattableString.Invariant(
            $"{count:N0} responses ({responses.Utf8.Length / 1048576.0:N0} MiB of JSON Lines held in memory): folded {result.Folded:N0} in {watch.Elapsed.TotalSeconds:N1} s, {GC.CollectionCount(0) - collections:N0} gen0 GCs; managed heap above the input: peak {(peak - before) / 1048576.0:N1} MiB including not-yet-collected garbage, peak {(peakAfterGc - before) / 1048576.0:N1} MiB right after a GC"));
        GC.KeepAlive(responses);
    }

    private static void Section<T>(string name, T value, int rounds, int times = 1)
    {
        var info = WgecJson.Options.GetTypeInfo(typeof(T));
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        JsonSerializer.Serialize(writer, value, info);
        writer.Flush();
        var bytes = buffer.WrittenSpan.ToArray();
        _ = JsonSerializer.Deserialize(bytes, info);

        var (writeMs, writeAlloc) = Measure(rounds, () =>
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            JsonSerializer.Serialize(writer, value, info);
            writer.Flush();
        });
        var (readMs, readAlloc) = Measure(rounds, () => JsonSerializer.Deserialize(bytes, info));
        (writeMs, writeAlloc, readMs, readAlloc) = (writeMs * times, writeAlloc * times, readMs * times, readAlloc * times);
        var length = (long)bytes.Length * times;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-16} {length,12:N0} B  write {writeMs,8:N2} ms {writeAlloc,14:N0} B alloc   read {readMs,8:N2} ms {readAlloc,14:N0} B alloc ({(double)readAlloc / length:N1} B/B)"));
    }

    private static (double Milliseconds, long Allocated) Measure(int rounds, Action action)
    {
        action();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            action();
        }

        watch.Stop();
        return (watch.Elapsed.TotalMilliseconds / rounds, (GC.GetAllocatedBytesForCurrentThread() - allocated) / rounds);
    }
}
