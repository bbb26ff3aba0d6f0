using System.Linq;
using System.Text.Json.Nodes;
using Wgec.Core.Serialization;
using Wgec.Core.Serialization.Documents;

namespace Wgec.Core.Tests.Serialization.Documents;

public sealed class SchemaBuilderTests
{
    private static JsonObject Schema() => SchemaBuilder.Build(
        new DocumentKind("wgec-test", new FormatVersion(1, 1), "dossier"),
        WgecCodecs.Shapes,
        typeof(Wgec.Core.Identifiers.SourceReference),
        "https://example.org/test.schema.json",
        "Test",
        "A test document.");

    [Fact]
    public void Build_DeclaresDraft202012AndTheEnvelope()
    {
        var schema = Schema();
        schema["$schema"]!.GetValue<string>().Should().Be(SchemaBuilder.Draft);
        schema["properties"]!["format"]!["const"]!.GetValue<string>().Should().Be("wgec-test");
        schema["properties"]!["formatVersion"]!["pattern"]!.GetValue<string>().Should().Be("^1\\.(0|[1-9][0-9]{0,2})$");
        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public void Build_PayloadIsStrict_WithRequiredMembers()
    {
        var payload = Schema()["properties"]!["dossier"]!;
        payload["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
        payload["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("citation");
    }

    [Fact]
    public void ToText_IsDeterministic()
    {
        SchemaBuilder.ToText(Schema()).Should().Be(SchemaBuilder.ToText(Schema())).And.EndWith("}\n").And.NotContain("\r");
    }
}
