using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;

namespace Wgec.Core.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g. <c>--filter *Serialize*</c>; or one of the
/// diagnostics: <c>sizes</c>, <c>breakdown</c>, <c>peak-memory</c>, <c>peak-memory responses [COUNT]</c> (see benchmarks/README.md).
/// </summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args.Length > 0 ? args[0] : "")
        {
            case "sizes":
                Diagnostics.Sizes();
                break;
            case "breakdown":
                Diagnostics.Breakdown(rounds: 10);
                break;
            case "peak-memory" when args.Length > 1 && args[1] == "responses":
                await Diagnostics.PeakMemoryOfResponsesVerbAsync(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000).ConfigureAwait(false);
                break;
            case "peak-memory":
                await Diagnostics.PeakMemoryAsync().ConfigureAwait(false);
                break;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                break;
        }
    }
}
