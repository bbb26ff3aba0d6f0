using System;
using System.Linq;
using System.Text.Json.Nodes;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Serialization.Dossier;

/// <summary>Members of a newer minor version: rejected by default with their path, kept and written back on request.</summary>
public sealed class DossierUnknownMembersTests
{
    private static readonly DossierReadOptions Preserve = new(unknownMembers: UnknownMembers.Preserve);

    private static string Version13WithExtras()
    {
        var root = SampleDossiers.RichNode();
        root["formatVersion"] = "1.3";
        var dossier = root["dossier"]!.AsObject();
        dossier["language"] = "en";
        dossier["process"]!["meetings"]![1]!.AsObject()["webcast"] = new JsonObject { ["url"] = "https://example.org/webcast", ["parts"] = new JsonArray(1, 2.5, "three", null, true) };
        dossier["deliberation"]!["readings"]![0]!.AsObject()["minutesPage"] = 17;
        root["signedBy"] = new JsonObject { ["key"] = "ed25519:abc", ["at"] = "2026-01-01T00:00:00Z" };
        return SampleDossiers.Text(root);
    }

    [Fact]
    public void Preserve_KeepsUnknownMembersAtEveryDepth()
    {
        var document = DossierSerializer.ReadDocument(Version13WithExtras(), Preserve);
        document.PreservedMembers.Select(m => m.Path + "." + m.Name).Should().BeEquivalentTo(
            "$.signedBy", "$.dossier.language", "$.dossier.process.meetings[1].webcast", "$.dossier.deliberation.readings[0].minutesPage");
        document.PreservedMembers.Should().Contain(new PreservedMember("$.dossier.deliberation.readings[0]", "minutesPage", "17"));
        document.FormatVersion.Should().Be(new FormatVersion(1, 3));
        document.Dossier.Should().Be(SampleDossiers.Rich(), "everything else is the known content");
    }

    [Fact]
    public void Preserve_WritesUnknownMembersBackUnchanged()
    {
        var json = Version13WithExtras();
        var written = Json(DossierSerializer.ReadDocument(json, Preserve), indented: false);
        written.Should().Be(json.Replace("\"formatVersion\":\"1.3\"", "\"formatVersion\":\"1.2\""), "members are written back at their places; the version is the writer's");
        Json(DossierSerializer.ReadDocument(written, Preserve), indented: false).Should().Be(written);
        var indented = Json(DossierSerializer.ReadDocument(json, Preserve), indented: true);
        JsonNode.DeepEquals(JsonNode.Parse(indented), JsonNode.Parse(written)).Should().BeTrue();
    }

    [Theory]
    [InlineData("$", "signedBy")]
    [InlineData("$.dossier", "language")]
    [InlineData("$.dossier.process.meetings[1]", "webcast")]
    [InlineData("$.dossier.deliberation.readings[0]", "minutesPage")]
    public void Strict_RejectsEachUnknownMember_WithItsPath(string objectPath, string member)
    {
        var root = SampleDossiers.RichNode();
        root["formatVersion"] = "1.3";
        JsonNode target = objectPath switch
        {
            "$" => root,
            "$.dossier" => root["dossier"]!,
            "$.dossier.process.meetings[1]" => root["dossier"]!["process"]!["meetings"]![1]!,
            _ => root["dossier"]!["deliberation"]!["readings"]![0]!,
        };
        target.AsObject()[member] = "x";
        DossierSerializer.TryRead(SampleDossiers.Text(root), out var dossier, out var errors).Should().BeFalse();
        dossier.Should().BeNull();
        var error = errors.Should().ContainSingle().Which;
        error.Path.Should().Be(objectPath + "." + member);
        error.Rule.Should().Be("unknown-member");
        if (objectPath != "$")
        {
            error.Message.Should().Contain("UnknownMembers.Preserve");
        }
    }

    [Fact]
    public void Strict_IsTheDefault()
    {
        DossierReadOptions.Default.UnknownMembers.Should().Be(UnknownMembers.Reject);
        DossierSerializer.TryRead(Version13WithExtras(), out _, out var errors).Should().BeFalse();
        errors.Should().NotBeEmpty().And.OnlyContain(e => e.Rule == "unknown-member");
    }

    [Fact]
    public void PreservedMembers_WhoseObjectIsGone_AreNotWrittenSilently()
    {
        var document = DossierSerializer.ReadDocument(Version13WithExtras(), Preserve);
        var dossier = document.Dossier;
        var withoutReadings = document.WithDossier(dossier.WithDeliberation(new Wgec.Core.Recommendations.Deliberation(dossier.Deliberation.Groups, dossier.Deliberation.Recommendations, [])));
        var output = new System.IO.MemoryStream();
        var act = () => DossierSerializer.Write(withoutReadings, output, indented: false);
        act.Should().Throw<InvalidOperationException>().WithMessage("*no longer have an object*");
        output.Length.Should().Be(0, "nothing is written when a member would be lost");
        Json(withoutReadings.WithPreservedMembers(withoutReadings.PreservedMembers.Where(m => !m.Path.Contains("readings", StringComparison.Ordinal))), indented: false)
            .Should().Contain("\"webcast\"");
    }

    [Fact]
    public void Read_BareDossierWithPreserve_IsRefused_SoNothingIsDroppedSilently()
    {
        var act = () => DossierSerializer.Read(Version13WithExtras(), Preserve);
        act.Should().Throw<ArgumentException>().WithMessage("*ReadDocument*");
    }

    private static string Json(DossierDocument document, bool indented)
    {
        using var stream = new System.IO.MemoryStream();
        DossierSerializer.Write(document, stream, indented);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
