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
/// library's read and write cost, and the peak managed memory of the streaming fold and of
/// <c>wgec responses</c>. They print
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
        ResponseFoldResult? result = null;
        var (peak, peakAfterGc, seconds, collections, allocated) = await SampleAsync(async () =>
        {
            using var input = new MemoryStream(responses.Utf8, writable: false);
            result = await ResponseFold.ReadAndFoldAsync(input, ResponseStreamFormat.JsonLines, responses.Questionnaire, responses.CategoryOf).ConfigureAwait(false);
        }).ConfigureAwait(false);
        Console.WriteLine(FormattableString.Invariant(
            $"{count:N0} responses ({responses.Utf8.Length / 1048576.0:N0} MiB of JSON Lines held in memory): folded {result!.Folded:N0} in {seconds:N1} s, {allocated / 1048576.0:N1} MiB allocated in all, {collections:N0} gen0 GCs; managed heap above the input: peak {peak / 1048576.0:N1} MiB including not-yet-collected garbage, peak {peakAfterGc / 1048576.0:N1} MiB right after a GC"));
        GC.KeepAlive(responses);
    }

    /// <summary>
    /// <c>peak-memory responses</c>: writes a dossier with the generated questionnaire and respondents
    /// and a JSON Lines file of <paramref name="count"/> responses to a temporary folder, then runs
    /// <c>wgec responses FILE --dossier DOSSIER --policy collect --no-progress</c> in this process and
    /// prints the peak managed heap above what was live before the verb started (the files are on disk, not in memory).
    /// </summary>
    public static async Task PeakMemoryOfResponsesVerbAsync(int count)
    {
        var folder = Directory.CreateTempSubdirectory("wgec-peak-memory-");
        try
        {
            var lines = Path.Combine(folder.FullName, "responses.jsonl");
            var dossierFile = Path.Combine(folder.FullName, "dossier.json");
            (Questionnaire Questionnaire, RespondentCategory[] Categories) generated;
            using (var file = File.Create(lines))
            {
                generated = GeneratedResponses.WriteTo(file, count);
            }

            var respondents = generated.Categories.Select((c, i) => new Respondent(GeneratedResponses.RespondentIdOf(i), c));
            var dossier = Wgec.Core.Datasets.WgecDatasets.Wgec2013().WithConsultation(new ConsultationRecord(generated.Questionnaire, respondents: respondents));
            await File.WriteAllTextAsync(dossierFile, DossierSerializer.ToJson(dossier)).ConfigureAwait(false);
            dossier = null;

            var output = new StringWriter();
            var error = new StringWriter();
            var exit = -1;
            var (peak, peakAfterGc, seconds, collections, allocated) = await SampleAsync(() =>
            {
                exit = Wgec.Cli.CliApp.Run(["responses", lines, "--dossier", dossierFile, "--policy", "collect", "--no-progress"], new Wgec.Cli.CliConsole(output, error, () => Stream.Null));
                return Task.CompletedTask;
            }).ConfigureAwait(false);
            var folded = output.ToString().Split('\n').FirstOrDefault(l => l.Contains("Responses folded", StringComparison.Ordinal))?.Trim() ?? "(no result)";
            Console.WriteLine(FormattableString.Invariant(
                $"wgec responses on {count:N0} lines ({new FileInfo(lines).Length / 1048576.0:N0} MiB file, {generated.Categories.Length:N0} respondents): exit {exit}, {folded}, in {seconds:N1} s, {allocated / 1048576.0:N1} MiB allocated in all, {collections:N0} gen0 GCs; managed heap above the start: peak {peak / 1048576.0:N1} MiB including not-yet-collected garbage, peak {peakAfterGc / 1048576.0:N1} MiB right after a GC"));
            if (exit != 0)
            {
                Console.WriteLine(error.ToString());
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // The peak managed heap while the action runs, above what was live before it, sampled every millisecond.
    private static async Task<(long Peak, long PeakAfterGc, double Seconds, int Collections, long Allocated)> SampleAsync(Func<Task> action)
    {
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
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        await action().ConfigureAwait(false);
        watch.Stop();
        await done.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        return (peak - before, peakAfterGc - before, watch.Elapsed.TotalSeconds, GC.CollectionCount(0) - collections, GC.GetTotalAllocatedBytes(precise: true) - allocated);
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
