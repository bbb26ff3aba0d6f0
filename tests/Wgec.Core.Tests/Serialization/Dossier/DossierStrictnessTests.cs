using System;
using System.Linq;
using System.Text.Json.Nodes;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Serialization.Dossier;

/// <summary>
/// Domain validation runs on every object read from JSON: JSON cannot create what a constructor
/// would refuse, and <c>TryRead</c> reports every independent fault with its path and rule.
/// </summary>
public sealed class DossierStrictnessTests
{
    private static JsonObject Dossier(JsonObject root) => root["dossier"]!.AsObject();

    private static JsonObject Meeting(JsonObject root, int index) => Dossier(root)["process"]!["meetings"]![index]!.AsObject();

    private static string Errors(System.Collections.Immutable.ImmutableArray<ValidationError> errors) =>
        string.Join(" | ", errors.Select(e => e.ToString()));

    [Fact]
    public void TryRead_CollectsEveryIndependentFault_WithPaths()
    {
        var root = SampleDossiers.RichNode();
        var sessions = Meeting(root, 1)["sessions"]!.AsArray();
        sessions[1] = sessions[0]!.DeepClone();
        Meeting(root, 3)["decisions"]![0]!.AsObject()["agendaItem"] = "99";
        Dossier(root)["consultation"]!["respondents"]![0]!.AsObject()["name"] = "   ";

        DossierSerializer.TryRead(SampleDossiers.Text(root), out var dossier, out var errors).Should().BeFalse();
        dossier.Should().BeNull();
        errors.Should().HaveCount(3, Errors(errors));
        errors.Should().Contain(e => e.Path.StartsWith("$.dossier.process.meetings[1].sessions", StringComparison.Ordinal), Errors(errors));
        errors.Should().Contain(e => e.Path.StartsWith("$.dossier.process.meetings[3].decisions[0]", StringComparison.Ordinal), Errors(errors));
        errors.Should().Contain(e => e.Path.StartsWith("$.dossier.consultation.respondents[0]", StringComparison.Ordinal), Errors(errors));

        var act = () => DossierSerializer.Read(SampleDossiers.Text(root));
        var ex = act.Should().Throw<WgecFormatException>().Which;
        ex.Errors.Should().Equal(errors);
        ex.Message.Should().StartWith("3 errors:");
    }

    [Fact]
    public void OverlappingSessions_CannotBeCreatedFromJson()
    {
        var root = SampleDossiers.RichNode();
        var sessions = Meeting(root, 1)["sessions"]!.AsArray();
        sessions[1] = sessions[0]!.DeepClone();
        DossierSerializer.TryRead(SampleDossiers.Text(root), out var dossier, out var errors).Should().BeFalse();
        dossier.Should().BeNull();
        errors.Should().ContainSingle().Which.Path.Should().Be("$.dossier.process.meetings[1].sessions[1]", Errors(errors));
    }

    [Fact]
    public void DecisionUnderAnUnknownAgendaItem_CannotBeCreatedFromJson()
    {
        var root = SampleDossiers.RichNode();
        Meeting(root, 3)["decisions"]![0]!.AsObject()["agendaItem"] = "99";
        DossierSerializer.TryRead(SampleDossiers.Text(root), out _, out var errors).Should().BeFalse();
        errors.Should().ContainSingle().Which.Path.Should().StartWith("$.dossier.process.meetings[3].decisions[0]", Errors(errors));
    }

    [Fact]
    public void ReadingAtAMeetingThatWasNotHeld_CannotBeCreatedFromJson()
    {
        var root = SampleDossiers.RichNode();
        Dossier(root)["deliberation"]!["readings"]![2]!.AsObject()["meeting"] = 9;
        DossierSerializer.TryRead(SampleDossiers.Text(root), out var dossier, out var errors).Should().BeFalse();
        dossier.Should().BeNull();
        var error = errors.Should().ContainSingle().Which;
        error.Path.Should().Be("$.dossier.deliberation.readings[2].meeting");
        error.Rule.Should().Be("unresolved-reference");
        error.Message.Should().Contain("meeting 9");
    }

    [Fact]
    public void PositionOfAStranger_CannotBeCreatedFromJson()
    {
        var root = SampleDossiers.RichNode();
        Dossier(root)["deliberation"]!["readings"]![0]!["positions"]![2]!.AsObject()["participant"] = "stranger";
        DossierSerializer.TryRead(SampleDossiers.Text(root), out _, out var errors).Should().BeFalse();
        errors.Should().ContainSingle().Which.Path.Should().Be("$.dossier.deliberation.readings[0].positions[2].participant");
    }

    [Fact]
    public void NullElementsInCollections_AreRejectedByTheLibrary()
    {
        var root = SampleDossiers.RichNode();
        Dossier(root)["deliberation"]!["conclusion"]!.AsArray().Add(null);
        Dossier(root)["process"]!["meetings"]!.AsArray().Add(null);
        DossierSerializer.TryRead(SampleDossiers.Text(root), out _, out var errors).Should().BeFalse();
        errors.Should().Contain(e => e.Path == "$.dossier.deliberation.conclusion[2]" && e.Rule == "null-element", Errors(errors));
        errors.Should().Contain(e => e.Path == "$.dossier.process.meetings[4]" && e.Rule == "null-element", Errors(errors));
    }

    [Fact]
    public void AMillionFaults_AreCappedAtAHundredErrors_AndSaySo()
    {
        var root = SampleDossiers.RichNode();
        Dossier(root)["deliberation"]!["readings"]![0]!.AsObject()["positions"] = new JsonArray(Enumerable.Repeat<JsonNode?>(null, 1_000_000).ToArray());
        DossierSerializer.TryRead(SampleDossiers.Text(root), out var dossier, out var errors).Should().BeFalse();
        dossier.Should().BeNull();
        errors.Should().HaveCount(101);
        errors[0].Path.Should().Be("$.dossier.deliberation.readings[0].positions[0]");
        errors[99].Path.Should().Be("$.dossier.deliberation.readings[0].positions[99]");
        errors[100].Rule.Should().Be("too-many-errors");
        errors[100].Message.Should().Contain("more than 100 errors");
    }

    [Fact]
    public void MalformedJsonInsideThePayload_IsReportedAtThePayload_WithLineAndByte()
    {
        var json = SampleDossiers.RichJson(indented: true).Replace("\"title\": \"", "\"title\": '", StringComparison.Ordinal);
        DossierSerializer.TryRead(json, out _, out var errors).Should().BeFalse();
        var error = errors.Should().ContainSingle().Which;
        error.Path.Should().StartWith("$.dossier", "the path is where the reader was when the JSON broke");
        error.Rule.Should().Be("invalid-json");
        error.Message.Should().Contain("(line 5, byte ");
    }

    [Fact]
    public void Read_WithoutTheOptionalSections_TakesWhatTheConstructorTakesForThem()
    {
        // The constructor treats deliberation and other events as optional; so does the format.
        var root = SampleDossiers.RichNode();
        var dossier = root["dossier"]!.AsObject();
        dossier.Remove("deliberation");
        dossier.Remove("otherEvents");

        // The catalogue's grouping D is a report group of the deliberation, not a group of the consultation (A, B):
        // without the deliberation it resolves only when the consultation's groups, optional too, are left out as well.
        dossier["consultation"]!.AsObject().Remove("groups");
        var read = DossierSerializer.Read(SampleDossiers.Text(root));
        read.Deliberation.Should().Be(Wgec.Core.Recommendations.Deliberation.Empty);
        read.OtherEvents.Should().BeEmpty();
    }
}
