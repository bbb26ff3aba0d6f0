using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace Wgec.Cli.Tests;

/// <summary>
/// Issue 18: what <c>wgec validate</c> accepts, every other verb can use. Each case is the embedded dossier
/// with one hostile edit that once validated (exit 0) and then made a verb fail with "unexpected error".
/// </summary>
public sealed class ValidatedIsUsableTests
{
    private static readonly string[][] Verbs =
    [
        ["summary", "-"],
        ["report", "-"],
        ["report", "-", "--format", "html"],
        ["report", "-", "--format", "json"],
        ["consensus", "-"],
        ["consensus", "-", "--path"],
    ];

    private static string Edited(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(CliRun.Of("export").Output)!.AsObject();
        edit(root["dossier"]!.AsObject());
        return root.ToJsonString();
    }

    private static void EveryVerbSucceeds(string json)
    {
        var validate = CliRun.WithInput(json, "validate", "-");
        validate.ExitCode.Should().Be(0, validate.ToString());
        foreach (var verb in Verbs)
        {
            var run = CliRun.WithInput(json, verb);
            run.ExitCode.Should().Be(0, "wgec {0} must use what validate accepts: {1}", string.Join(" ", verb), run);
            run.Error.Should().BeEmpty();
        }
    }

    [Fact]
    public void SessionOn31December9999_Validates_AndEveryVerbUsesIt()
    {
        var json = Edited(d => d["process"]!["meetings"]!.AsArray().Last()!["sessions"]!.AsArray().Last()!["date"] = "9999-12-31");
        EveryVerbSucceeds(json);
        CliRun.WithInput(json, "report", "-", "--format", "html").Output.Should().Contain("9999");
    }

    [Fact]
    public void TwoDeclaredGroupCountsWithOneLabel_Validate_AndEveryVerbUsesThem()
    {
        var json = Edited(d =>
        {
            var byGroup = d["consultation"]!["declared"]!["byGroup"]!.AsArray();
            byGroup[0]!["label"] = "business";
            byGroup[1]!["label"] = "business";
            byGroup[2]!["label"] = "Sum of categories";
        });
        EveryVerbSucceeds(json);
        var html = CliRun.WithInput(json, "report", "-", "--format", "html").Output;
        html.Should().Contain("business (Governments)").And.Contain("business (Private sector)").And.Contain("Sum of categories (Civil society)");
    }

    [Fact]
    public void DeadlineDecisionOf2000Characters_Validates_AndEveryVerbUsesIt()
    {
        EveryVerbSucceeds(Edited(d => d["consultation"]!["questionnaire"]!["deadlines"]!["extensions"]![0]!["decision"] = new string('x', 2000)));
    }

    [Fact]
    public void DeadlineDecisionOver2000Characters_IsRejectedByValidate_WithItsPath()
    {
        var json = Edited(d => d["consultation"]!["questionnaire"]!["deadlines"]!["extensions"]![0]!["decision"] = new string('x', 2001));
        var validate = CliRun.WithInput(json, "validate", "-");
        validate.ExitCode.Should().Be(1, validate.ToString());
        validate.Output.Should().StartWith("$.dossier.consultation.questionnaire.deadlines.extensions[0].decision: decision must be at most 2000 characters, was 2001.");
    }

    [Fact]
    public void MilestoneDescriptionOver2000Characters_IsRejectedByValidate_WithItsPath()
    {
        var json = Edited(d => d["correspondenceGroup"]!["milestones"]![0]!["description"] = new string('x', 2001));
        var validate = CliRun.WithInput(json, "validate", "-");
        validate.ExitCode.Should().Be(1, validate.ToString());
        validate.Output.Should().StartWith("$.dossier.correspondenceGroup.milestones[0].description: description must be at most 2000 characters, was 2001.");
    }

    [Fact]
    public void EveryFreeTextOfTheProcessAtItsLongest_Validates_AndEveryVerbUsesIt()
    {
        var longest = new string('w', 2000);
        EveryVerbSucceeds(Edited(d =>
        {
            d["process"]!["name"] = longest;
            d["process"]!["meetings"]![0]!["venue"]!["city"] = longest;
            d["process"]!["mandate"]!["reportingTarget"]!["body"] = longest;
            d["correspondenceGroup"]!["milestones"]![0]!["description"] = longest;
            d["consultation"]!["questionnaire"]!["deadlines"]!["original"]!["decision"] = longest;
        }));
    }
}
