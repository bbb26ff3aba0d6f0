using System;
using System.Linq;
using System.Text.Json.Nodes;
using Wgec.Core.Datasets;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Serialization.Dossier;

/// <summary>
/// The migrations of older documents, read in the same pass: 1.0 → 1.1 (one <c>source</c> string → a
/// <c>sources</c> list), 1.1 → 1.2 (a task name → a task object), and the version gate.
/// </summary>
public sealed class DossierMigrationTests
{
    /// <summary>
    /// Writes a 1.1 tree as its 1.0 form: every <c>sources</c> list becomes one <c>source</c> string
    /// (its first citation), or disappears when empty; and trims the 1.1 tree to what 1.0 can say.
    /// </summary>
    internal static (string V10, string V11) Forms(JsonObject root)
    {
        var v11 = (JsonObject)root.DeepClone();
        Walk(v11, toV10: false);
        var v10 = (JsonObject)v11.DeepClone();
        Walk(v10, toV10: true);
        v10["formatVersion"] = "1.0";
        return (SampleDossiers.Text(v10), SampleDossiers.Text(v11));
    }

    /// <summary>
    /// Writes a 1.2 tree as its 1.1 form: each mandate task object becomes the string of its key,
    /// as 1.0 and 1.1 named one of four fixed tasks. Nothing else differs between the two.
    /// </summary>
    internal static JsonObject AsV11(JsonObject root)
    {
        var v11 = (JsonObject)root.DeepClone();
        TasksAsNames(v11["dossier"]!["process"]!["mandate"]!["tasks"]!.AsArray());
        v11["formatVersion"] = "1.1";
        return v11;
    }

    private static void TasksAsNames(JsonArray tasks)
    {
        for (var i = 0; i < tasks.Count; i++)
        {
            if (tasks[i] is JsonObject task)
            {
                tasks[i] = task["key"]!.GetValue<string>();
            }
        }
    }

    private static void Walk(JsonNode? node, bool toV10)
    {
        switch (node)
        {
            case JsonObject obj:
                if (toV10 && obj["tasks"] is JsonArray tasks)
                {
                    TasksAsNames(tasks);
                }

                if (obj["sources"] is JsonArray sources)
                {
                    var first = sources.Count > 0 ? sources[0]!["citation"]!.GetValue<string>() : null;
                    if (toV10)
                    {
                        var at = obj.ToList().FindIndex(p => p.Key == "sources");
                        obj.Remove("sources");
                        if (first is not null)
                        {
                            obj.Insert(at, "source", first);
                        }
                    }
                    else
                    {
                        obj["sources"] = first is null ? new JsonArray() : new JsonArray(new JsonObject { ["citation"] = first });
                    }
                }

                foreach (var child in obj.ToList())
                {
                    Walk(child.Value, toV10);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, toV10);
                }

                break;
        }
    }

    [Fact]
    public void HandWrittenV10Fragment_HasSourceStringsWhereV11HasSourcesLists()
    {
        var (v10, v11) = Forms(SampleDossiers.RichNode());
        v10.Should().Contain("\"formatVersion\":\"1.0\"").And.Contain("\"source\":\"Peter Major").And.NotContain("\"sources\"");
        v11.Should().Contain("\"sources\":[{\"citation\":\"Peter Major");
    }

    [Fact]
    public void V10Document_ReadsIntoTheSameDossierAsItsV11Form()
    {
        foreach (var root in new[] { SampleDossiers.RichNode(), (JsonObject)JsonNode.Parse(DossierSerializer.ToJson(WgecDatasets.Wgec2013()))! })
        {
            var (v10, v11) = Forms(root);
            var migrated = DossierSerializer.Read(v10);
            migrated.Should().Be(DossierSerializer.Read(v11));
            DossierSerializer.ToJson(migrated).Should().Be(v11, "a migrated document is written as the current version");
        }
    }

    [Fact]
    public void SmallestV10Document_ReadsWithItsSourceAsAOneElementList()
    {
        var v10 = (JsonObject)JsonNode.Parse(Forms(SampleDossiers.RichNode()).V10)!;
        var mandate = v10["dossier"]!["process"]!["mandate"]!.AsObject();
        mandate["source"] = "A/RES/67/195, paragraph 20";
        var dossier = DossierSerializer.Read(SampleDossiers.Text(v10));
        dossier.Process.Mandate.Sources.Should().ContainSingle().Which.Citation.Should().Be("A/RES/67/195, paragraph 20");
    }

    [Fact]
    public void V10Document_AlreadyUsingSources_IsRejectedWithThePath()
    {
        var v10 = (JsonObject)JsonNode.Parse(Forms(SampleDossiers.RichNode()).V10)!;
        v10["dossier"]!["process"]!["mandate"]!.AsObject()["sources"] = new JsonArray();
        DossierSerializer.TryRead(SampleDossiers.Text(v10), out var dossier, out var errors).Should().BeFalse();
        dossier.Should().BeNull();
        errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e =>
            e.Path == "$.dossier.process.mandate.sources" && e.Rule == "unknown-member" && e.Message.Contains("format 1.0"));
    }

    [Fact]
    public void V10Document_WithANonStringSource_IsRejectedWithThePath()
    {
        var v10 = (JsonObject)JsonNode.Parse(Forms(SampleDossiers.RichNode()).V10)!;
        v10["dossier"]!["process"]!["mandate"]!.AsObject()["source"] = 42;
        DossierSerializer.TryRead(SampleDossiers.Text(v10), out _, out var errors).Should().BeFalse();
        errors.Should().ContainSingle().Which.Path.Should().Be("$.dossier.process.mandate.source");
    }

    [Fact]
    public void V11Document_ReadsIntoTheSameDossierAsItsV12Form_AndIsWrittenAs12()
    {
        foreach (var root in new[] { SampleDossiers.RichNode(), (JsonObject)JsonNode.Parse(DossierSerializer.ToJson(WgecDatasets.Wgec2013()))! })
        {
            var v11 = SampleDossiers.Text(AsV11(root));
            v11.Should().Contain("\"formatVersion\":\"1.1\"").And.Contain("\"tasks\":[\"");
            var migrated = DossierSerializer.Read(v11);
            migrated.Should().Be(DossierSerializer.Read(SampleDossiers.Text(root)));
            DossierSerializer.ToJson(migrated).Should().Be(SampleDossiers.Text(root), "a migrated document is written as the current version");
        }
    }

    [Fact]
    public void V11Document_TaskNames_BecomeTheFourTasksOfResolution67_195()
    {
        var v11 = AsV11((JsonObject)JsonNode.Parse(DossierSerializer.ToJson(WgecDatasets.Wgec2013()))!);
        var tasks = DossierSerializer.Read(SampleDossiers.Text(v11)).Process.Mandate.Tasks;
        tasks.Select(t => t.Key).Should().Equal("seekInputs", "compileInputs", "reviewInputs", "makeRecommendations");
        tasks.Should().Equal(Wgec.Core.Process.MandateTask.Wgec2013Tasks);
        tasks[3].Description.Should().Be("make recommendations on how to fully implement the mandate");
    }

    [Fact]
    public void V11Document_WithAnUnknownTaskName_IsRejectedNamingTheFourNames()
    {
        var v11 = AsV11(SampleDossiers.RichNode());
        v11["dossier"]!["process"]!["mandate"]!["tasks"]![0] = "seekinputs";
        DossierSerializer.TryRead(SampleDossiers.Text(v11), out _, out var errors).Should().BeFalse();
        var error = errors.Should().ContainSingle().Which;
        error.Path.Should().Be("$.dossier.process.mandate.tasks[0]");
        error.Message.Should().Contain("seekInputs, compileInputs, reviewInputs, makeRecommendations").And.Contain("did you mean 'seekInputs'");
    }

    [Fact]
    public void V11Document_WithATaskObject_IsRejected_AndV12Document_WithATaskName_Too()
    {
        var v11 = SampleDossiers.RichNode();
        v11["formatVersion"] = "1.1";
        DossierSerializer.TryRead(SampleDossiers.Text(v11), out _, out var old).Should().BeFalse();
        old.Should().OnlyContain(e => e.Path.StartsWith("$.dossier.process.mandate.tasks[", StringComparison.Ordinal) && e.Message.Contains("one of the names"));

        var v12 = SampleDossiers.RichNode();
        v12["dossier"]!["process"]!["mandate"]!["tasks"]![0] = "seekInputs";
        DossierSerializer.TryRead(SampleDossiers.Text(v12), out _, out var current).Should().BeFalse();
        current.Should().ContainSingle().Which.Path.Should().Be("$.dossier.process.mandate.tasks[0]");
    }

    [Fact]
    public void V12Document_TaskWithoutDescriptionOrWithABadKey_IsRejectedWithThePath()
    {
        var root = SampleDossiers.RichNode();
        var tasks = root["dossier"]!["process"]!["mandate"]!["tasks"]!.AsArray();
        tasks[0]!.AsObject().Remove("description");
        tasks[1]!["key"] = "two words";
        DossierSerializer.TryRead(SampleDossiers.Text(root), out _, out var errors).Should().BeFalse();
        errors.Select(e => e.Path).Should().Equal("$.dossier.process.mandate.tasks[0].description", "$.dossier.process.mandate.tasks[1].key");
        errors[1].Rule.Should().Be("invalid-task-key");
    }

    [Theory]
    [InlineData("2.0", "unsupported-version", "format version 2.0 is not supported: this reader reads 1.0 to 1.x")]
    [InlineData("9.4", "unsupported-version", "format version 9.4 is not supported")]
    [InlineData("0.9", "invalid-version", "'0.9' is not a format version")]
    [InlineData("1", "invalid-version", "'1' is not a format version")]
    public void OtherMajorVersions_AreRejectedWithAClearMessage(string version, string rule, string message)
    {
        var root = SampleDossiers.RichNode();
        root["formatVersion"] = version;
        var act = () => DossierSerializer.Read(SampleDossiers.Text(root));
        var error = act.Should().Throw<WgecFormatException>().Which.Errors.Should().ContainSingle().Which;
        error.Path.Should().Be("$.formatVersion");
        error.Rule.Should().Be(rule);
        error.Message.Should().Contain(message);
    }
}
