using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Wgec.Core.Datasets;
using Wgec.Core.Serialization;
using Wgec.Core.Tests.Datasets;

namespace Wgec.Core.Tests.Serialization.Dossier;

/// <summary>
/// The checked-in schema (schema/wgec-dossier.schema.json) is exactly the generated one, and a real
/// draft 2020-12 validator (JsonSchema.Net 8.0.5) accepts the sample dossiers and rejects broken ones.
/// </summary>
public sealed class DossierSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(DossierSerializer.JsonSchema(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    internal static EvaluationResults Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement.Clone(), Evaluation);
    }

    private static string Describe(EvaluationResults results) =>
        string.Join(" | ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values)).Take(20));

    [Fact]
    public void CheckedInSchema_IsExactlyTheGeneratedSchema()
    {
        var expected = DossierSerializer.JsonSchema();
        var path = Path.Combine(EmbeddedDatasetTests.RepositoryRoot(), "schema", "wgec-dossier.schema.json");
        if (Environment.GetEnvironmentVariable("WGEC_REGENERATE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        File.Exists(path).Should().BeTrue("the schema is checked in at {0}; create it with WGEC_REGENERATE_SCHEMA=1", path);
        File.ReadAllText(path).Should().Be(expected, "the checked-in schema must match the generated one; regenerate it with WGEC_REGENERATE_SCHEMA=1");
    }

    [Fact]
    public void Schema_IsDraft202012_WithTheEnvelopeConstants()
    {
        var schema = JsonNode.Parse(DossierSerializer.JsonSchema())!.AsObject();
        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema["$id"]!.GetValue<string>().Should().Be(DossierSerializer.SchemaId);
        schema["properties"]!["format"]!["const"]!.GetValue<string>().Should().Be(DossierSerializer.FormatName);
        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public void EmbeddedWgec2013Dossier_IsValidAgainstTheSchema()
    {
        var results = Validate(DossierSerializer.ToJson(WgecDatasets.Wgec2013()));
        results.IsValid.Should().BeTrue(Describe(results));
    }

    [Fact]
    public void RichDossier_IsValidAgainstTheSchema_CompactAndIndented()
    {
        var compact = Validate(SampleDossiers.RichJson(indented: false));
        compact.IsValid.Should().BeTrue(Describe(compact));
        var indented = Validate(SampleDossiers.RichJson(indented: true));
        indented.IsValid.Should().BeTrue(Describe(indented));
    }

    public static TheoryData<string> InvalidDocuments() => new()
    {
        "wrong format name",
        "major version 2",
        "unknown envelope member",
        "missing title",
        "title is a number",
        "unknown member in a meeting",
        "unknown enum value",
        "invalid date 2013-02-30",
        "identifier with a space",
        "null respondent",
    };

    internal static JsonObject Break(string name)
    {
        var root = SampleDossiers.RichNode();
        var dossier = root["dossier"]!.AsObject();
        switch (name)
        {
            case "wrong format name": root["format"] = "other"; break;
            case "major version 2": root["formatVersion"] = "2.0"; break;
            case "unknown envelope member": root["signature"] = "x"; break;
            case "missing title": dossier.Remove("title"); break;
            case "title is a number": dossier["title"] = 42; break;
            case "unknown member in a meeting": dossier["process"]!["meetings"]![0]!.AsObject()["room"] = "XVII"; break;
            case "unknown enum value": dossier["process"]!["composition"]!["participants"]![0]!.AsObject()["standing"] = "emperor"; break;
            case "invalid date 2013-02-30": dossier["process"]!["meetings"]![0]!["sessions"]![0]!.AsObject()["date"] = "2013-02-30"; break;
            case "identifier with a space": dossier["consultation"]!["respondents"]![0]!.AsObject()["id"] = "r 01"; break;
            case "null respondent": dossier["consultation"]!["respondents"]!.AsArray()[0] = null; break;
            default: throw new ArgumentOutOfRangeException(nameof(name), name, "unknown case");
        }

        return root;
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void BrokenDocument_IsRejectedByTheSchema_AndByTheReader(string name)
    {
        var json = SampleDossiers.Text(Break(name));
        Validate(json).IsValid.Should().BeFalse("the schema must reject '{0}'", name);
        DossierSerializer.TryRead(json, out var dossier, out var errors).Should().BeFalse();
        dossier.Should().BeNull();
        errors.Should().NotBeEmpty().And.OnlyContain(e => e.Path.StartsWith('$'));
    }
}
