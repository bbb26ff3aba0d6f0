using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Wgec.Core.Consensus;
using Wgec.Core.Serialization;

namespace Wgec.Cli.Tests;

/// <summary>The ordinary command-line habits: help, usage errors with exit 2, and "-" that always ends.</summary>
public sealed class CommandLineHabitsTests
{
    private static readonly string[] Verbs = ["summary", "validate", "consensus", "report", "schema", "export"];

    [Fact]
    public void BareWgec_PrintsTheHelpWithEveryVerb()
    {
        var run = CliRun.Of();
        run.ExitCode.Should().Be(0, run.ToString());
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain("Usage:").And.Contain("Exit codes:");
        foreach (var verb in Verbs)
        {
            run.Output.Should().Contain("  " + verb);
        }

        run.Output.Should().Be(CliRun.Of("--help").Output);
    }

    [Fact]
    public void RootHelp_ShowsAnOptionalFileInBrackets_AndTheDatasetOptionOnce()
    {
        var lines = CliRun.Of("--help").Output.Split('\n');
        lines.Should().Contain("  summary [FILE]");
        lines.Should().Contain("  validate [FILE]");
        lines.Should().Contain("  datasets [--format text|json]");
        lines.Should().ContainSingle(l => l.StartsWith("  wgec VERB --dataset NAME [options]", System.StringComparison.Ordinal));
        lines.Should().Contain("  consensus [FILE] [--rule RULE] [--format text|json] [--path]");
        lines.Should().Contain("  schema [--output OUT]");
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("validate")]
    [InlineData("export")]
    public void UnknownOption_WhereAFileMayStand_IsAUsageErrorNamingTheOption(string verb)
    {
        var run = CliRun.Of(verb, "--bogus");
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("unknown option '--bogus'").And.NotContain("not found");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void UnknownOption_OnAVerbWithoutAFile_IsAUsageError()
    {
        var run = CliRun.Of("schema", "--bogus");
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("--bogus");
    }

    [Fact]
    public void Dash_AloneIsStandardInput_NotAnOption()
    {
        var run = CliRun.WithInput(CliRun.Of("export").Output, "summary", "-");
        run.ExitCode.Should().Be(0, run.ToString());
    }

    [Theory]
    [InlineData("report", "pdf", "md, html, json")]
    [InlineData("consensus", "xml", "text, json")]
    public void BadValue_IsAUsageErrorNamingTheOptionTheValueAndTheChoices(string verb, string value, string choices)
    {
        var run = CliRun.Of(verb, "--format", value);
        run.ExitCode.Should().Be(2, run.ToString());
        var first = run.Error.Split('\n')[0];
        first.Should().Be($"wgec: --format: '{value}' is not one of {choices}.");
    }

    [Fact]
    public void BadRuleParameter_IsAUsageErrorNamingTheParameterAndTheReason()
    {
        var run = CliRun.Of("consensus", "--rule", "qualified-majority(share=2)");
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("--rule 'qualified-majority(share=2)'")
            .And.Contain("parameter 'share' of rule 'qualified-majority'")
            .And.Contain("at most 1, not 2")
            .And.NotContain("(Parameter")
            .And.NotContain("no consensus rule is named");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void BadRuleParameter_InsideACompositeRule_NamesTheInnerRule()
    {
        var run = CliRun.Of("consensus", "--rule", "any-of(un-consensus, rough-consensus(maxSustainedShare=-1))");
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("parameter 'maxSustainedShare' of rule 'rough-consensus'").And.NotContain("(Parameter");
    }

    [Fact]
    public void UnknownRuleParameter_IsAUsageErrorNamingItAndWhatTheRuleTakes()
    {
        var run = CliRun.Of("consensus", "--rule", "qualified-majority(shares=0.5)");
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("no parameter 'shares'").And.Contain("it takes: quorum, share").And.NotContain("(Parameter");
    }

    [Fact]
    public void UnknownRule_ListsTheKnownRulesOnce()
    {
        var run = CliRun.Of("consensus", "--rule", "coin-toss");
        run.ExitCode.Should().Be(2, run.ToString());
        Regex.Count(run.Error, "qualified-majority").Should().Be(1, run.Error);
        run.Error.Should().NotContain("(Parameter");
    }

    [Fact]
    public void RuleSyntaxError_IsAUsageError()
    {
        var run = CliRun.Of("consensus", "--rule", "any-of(");
        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().StartWith("wgec: --rule 'any-of(':");
    }

    [Fact]
    public void RuleHelp_ListsEveryRuleWithItsParametersAtTheirDefaults()
    {
        var help = CliRun.Of("consensus", "--help").Output;
        var registry = ConsensusRuleRegistry.Default;
        foreach (var name in registry.Names)
        {
            help.Should().Contain(name);
            if (registry.TryCreate(new RuleDescriptor(name), out var standalone, out _))
            {
                // The listed text is the rule the registry makes with no parameter given.
                help.Should().Contain(standalone!.Descriptor.ToString());
            }
            else
            {
                help.Should().Contain(name + "(RULE, RULE, …)");
            }
        }

        help.Should().Contain("qualified-majority(quorum=0.5, share=0.6666666666666666)").And.Contain("multi-stakeholder(minimumSupporters=1, quorum=0.5)");
    }

    [Fact]
    public void StandardInput_Empty_EndsWithAClearErrorAndExitOne()
    {
        var run = CliRun.Of("validate", "-");
        run.ExitCode.Should().Be(1, run.ToString());
        run.Output.Should().Contain("empty");
        run.Error.Should().Contain("standard input is not valid");
    }

    [Fact]
    public void StandardInput_Endless_StopsAtTheSizeLimitWithExitOne()
    {
        var endless = new EndlessStream();
        var run = CliRun.WithInput(() => endless, "validate", "-");
        run.ExitCode.Should().Be(1, run.ToString());
        run.Output.Should().Contain("larger than the limit of 33554432 bytes");
        endless.BytesRead.Should().BeLessThanOrEqualTo(DossierReadOptions.DefaultMaxInputBytes + (1 << 20));
    }

    [Fact]
    public void StandardInput_Unreadable_ExitsThree()
    {
        var run = CliRun.WithInput(() => throw new CliFailure(ExitCodes.FileError, "standard input is closed: pipe a dossier into wgec, or name a FILE."), "summary", "-");
        run.ExitCode.Should().Be(3, run.ToString());
        run.Error.Should().Be("wgec: standard input is closed: pipe a dossier into wgec, or name a FILE.\n");
    }

    [Fact]
    public void StandardInput_FailingMidway_ExitsThree()
    {
        var run = CliRun.WithInput(() => new FailingStream(), "validate", "-");
        run.ExitCode.Should().Be(3, run.ToString());
        run.Error.Should().Contain("standard input could not be read");
    }

    /// <summary>Zeros without end, counting what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A descriptor that breaks on the first read, as a closed one does.</summary>
    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("Bad file descriptor");
    }
}
