using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace Wgec.Cli.Tests;

/// <summary>Runs the built tool as its own process, as a user would.</summary>
public sealed class OutOfProcessTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "wgec.dll");

    [Fact]
    public void BuiltTool_Summary_RunsAndExitsZero()
    {
        File.Exists(Tool).Should().BeTrue();
        var run = Run([Tool, "summary"]);
        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("WGEC 2013–2014").And.Contain("declared-distribution-sum-mismatch");
    }

    [Fact]
    public void BuiltTool_UnknownVerb_ExitsTwo()
    {
        var run = Run([Tool, "nope"]);
        run.Error.Should().Contain("nope");
        run.ExitCode.Should().Be(2);
    }

    [Fact]
    public void BuiltTool_UnderALatin1Locale_WritesUtf8_SoExportPipesIntoValidate()
    {
        var latin1 = new Dictionary<string, string> { ["LC_ALL"] = "en_US.ISO-8859-1", ["LANG"] = "en_US.ISO-8859-1" };
        var export = Run([Tool, "export"], latin1);
        export.ExitCode.Should().Be(0, export.Error);
        export.Output.Should().Be(CliRun.Of("export").Output).And.Contain("2013–2014");

        var validate = Run([Tool, "validate", "-"], latin1, stdin: export.Output);
        validate.ExitCode.Should().Be(0, validate.Error);
        validate.Output.Should().Contain("is a valid dossier").And.Contain("WGEC 2013–2014");
    }

    [Fact]
    public void BuiltTool_ErrorsAreUtf8TooUnderALatin1Locale()
    {
        var run = Run([Tool, "validate", "/nonexistent/dossier–x.json"], new Dictionary<string, string> { ["LC_ALL"] = "en_US.ISO-8859-1" });
        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("'/nonexistent/dossier–x.json' was not found");
    }

    [Fact]
    public void BuiltTool_ClosedStandardInput_EndsWithAClearErrorInsteadOfWaiting()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "closing descriptor 0 is shown with bash on Linux");
        var run = Shell($"exec dotnet '{Tool}' validate - <&-");
        run.ExitCode.Should().Be(3, run.Error);
        run.Error.Should().Contain("standard input is closed");
    }

    [Fact]
    public void BuiltTool_EndlessStandardInput_StopsAtTheSizeLimit()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/dev/zero");
        var run = Shell($"exec dotnet '{Tool}' validate - </dev/zero");
        run.ExitCode.Should().Be(1, run.Error);
        run.Output.Should().Contain("larger than the limit");
    }

    [Fact]
    public void BuiltTool_ValidateDevZero_StopsAtTheSizeLimitWithoutRunningOutOfMemory()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/dev/zero");
        var run = Run([Tool, "validate", "/dev/zero"], new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x10000000" });
        run.ExitCode.Should().Be(1, run.Error);
        run.Output.Should().Contain("larger than the limit");
    }

    private static ProcessRun Shell(string script) => Run(["-c", script], fileName: "bash");

    private static ProcessRun Run(string[] arguments, IDictionary<string, string>? environment = null, string? stdin = null, string fileName = "dotnet")
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        var exited = process.WaitForExit(60_000);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        exited.Should().BeTrue("the tool must end by itself");
        return new ProcessRun(process.ExitCode, output.Result, error.Result);
    }

    private sealed record ProcessRun(int ExitCode, string Output, string Error);
}
