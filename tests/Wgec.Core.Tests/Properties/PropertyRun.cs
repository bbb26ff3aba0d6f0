using System;
using System.Globalization;

namespace Wgec.Core.Tests.Properties;

/// <summary>
/// How many cases each property runs. The default, 1,000, is what CI runs. A longer run is opt-in:
/// <c>WGEC_PROPERTY_ITERATIONS=100000 dotnet test --project tests/Wgec.Core.Tests -- --filter-namespace "Wgec.Core.Tests.Properties"</c>.
/// </summary>
/// <remarks>
/// Replaying a failure: CsCheck prints the failing seed (e.g. <c>Set seed: "0N0XIzNsQ0O2"</c>).
/// Either pass it to the failing property, <c>.Sample(..., iter: PropertyRun.Iterations, seed: "0N0XIzNsQ0O2")</c>,
/// or set it for the whole run without editing code: <c>CsCheck_Seed=0N0XIzNsQ0O2 dotnet test ...</c>.
/// </remarks>
internal static class PropertyRun
{
    /// <summary>The environment variable that raises (never lowers below 1,000) the number of cases per property.</summary>
    public const string IterationsVariable = "WGEC_PROPERTY_ITERATIONS";

    /// <summary>The number of cases per property: 1,000, or more when <see cref="IterationsVariable"/> says so.</summary>
    public static int Iterations { get; } = Read(Environment.GetEnvironmentVariable(IterationsVariable));

    /// <summary>Model-based runs replay whole operation sequences, so they run a tenth as many (at least 1,000) sequences.</summary>
    public static int Sequences => Math.Max(1000, Iterations / 10);

    internal static int Read(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 1000 ? n : 1000;
}
