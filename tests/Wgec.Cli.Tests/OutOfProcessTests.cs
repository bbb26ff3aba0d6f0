using System;
using System.Diagnostics;
using System.IO;

namespace Wgec.Cli.Tests;

/// <summary>Runs the built tool as its own process, as a user would.</summary>
public sealed class OutOfProcessTests
{
    [Fact]
    public void BuiltTool_Summary_RunsAndExitsZero()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "wgec.dll");
        File.Exists(tool).Should().BeTrue();
        var start = new ProcessStartInfo("dotnet", $"\"{tool}\" summary")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();
        process.ExitCode.Should().Be(0, error);
        output.Should().Contain("WGEC 2013–2014").And.Contain("declared-distribution-sum-mismatch");
    }

    [Fact]
    public void BuiltTool_UnknownVerb_ExitsTwo()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "wgec.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", $"\"{tool}\" nope") { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.StandardError.ReadToEnd().Should().Contain("nope");
        process.WaitForExit(60_000).Should().BeTrue();
        process.ExitCode.Should().Be(2);
    }
}
