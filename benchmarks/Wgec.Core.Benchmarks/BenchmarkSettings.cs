using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Benchmarks.Data;

namespace Wgec.Core.Benchmarks;

/// <summary>The dataset sizes of the issue.</summary>
public enum DataSize
{
    /// <summary>A few kilobytes: only for the CI smoke run (WGEC_BENCH_SMOKE=1).</summary>
    Smoke,

    /// <summary>Scale 1: 2,000 responses × 18 answers, 500 issues, 200 recommendations × 3 readings × 42 positions.</summary>
    Small,

    /// <summary>Scale 50: every count × 50.</summary>
    Large,
}

/// <summary>
/// Switches between the documented run and the CI smoke run. With the environment variable
/// WGEC_BENCH_SMOKE=1 every benchmark uses tiny inputs, so that a dry run of all of them takes
/// seconds; without it, the sizes of the issue are used.
/// </summary>
public static class BenchmarkSettings
{
    private static readonly ConcurrentDictionary<double, GeneratedData> Cache = new();

    public static bool Smoke => Environment.GetEnvironmentVariable("WGEC_BENCH_SMOKE") == "1";

    /// <summary>Smoke under WGEC_BENCH_SMOKE=1; otherwise WGEC_BENCH_SIZES (e.g. "Small") or both Small and Large.</summary>
    public static IEnumerable<DataSize> Sizes =>
        Smoke ? [DataSize.Smoke]
        : Environment.GetEnvironmentVariable("WGEC_BENCH_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => Enum.Parse<DataSize>(s, ignoreCase: true)).ToArray()
            : [DataSize.Small, DataSize.Large];

    public static double ScaleOf(DataSize size) => size switch
    {
        DataSize.Smoke => 0.02,
        DataSize.Small => 1,
        DataSize.Large => 50,
        _ => throw new ArgumentOutOfRangeException(nameof(size)),
    };

    /// <summary>The generated data at a scale, built once per process.</summary>
    public static GeneratedData Data(double scale) => Cache.GetOrAdd(scale, DataGenerator.Create);
}
