using System;
using System.Text.Json.Nodes;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Recommendations;
using Wgec.Core.Serialization;
using Wgec.Core.Tests.Serialization.Dossier;

namespace Wgec.Core.Tests.Consensus;

/// <summary>A zero-initialised position, outcome or disposition never means agreement: it is rejected, and it has no JSON name.</summary>
public sealed class UnspecifiedZeroValueTests
{
    private static readonly ParticipantId Member = new("de");
    private static readonly RecommendationId Rec = new("A-1");

    [Fact]
    public void Defaults_AreUnspecified_NotSupportAgreedOrOpen()
    {
        default(PositionKind).Should().Be(PositionKind.Unspecified);
        default(OutcomeKind).Should().Be(OutcomeKind.Unspecified);
        default(ObjectionDisposition).Should().Be(ObjectionDisposition.Unspecified);
    }

    [Fact]
    public void Position_WithTheDefaultKind_IsRejected()
    {
        var act = () => new Position(Member, default);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "unspecified" && e.Message.StartsWith("a position (participant 'de') is required", StringComparison.Ordinal));
    }

    [Fact]
    public void Outcome_WithTheDefaultKind_IsRejected()
    {
        var act = () => new ConsensusOutcome(Rec, 1, false, default, "un-consensus", []);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "unspecified" && e.ParamName == "kind");
    }

    [Fact]
    public void Disposition_WithTheDefaultValue_IsRejected_InARecordAndInAFinding()
    {
        var record = () => new DispositionRecord(default, Member, Instant.FromUtc(2014, 2, 24, 10, 0));
        record.Should().Throw<DomainValidationException>().Where(e => e.Rule == "unspecified" && e.ParamName == "disposition");
        var finding = () => new Finding(FindingKind.BlockingObjection, true, "un-consensus", Member, disposition: default(ObjectionDisposition));
        finding.Should().Throw<DomainValidationException>().Where(e => e.Rule == "unspecified");
    }

    [Fact]
    public void LifecycleEvent_WithTheDefaultOutcome_IsRejected()
    {
        var act = () => new LifecycleEvent(LifecycleEventKind.OutcomeRecorded, Instant.FromUtc(2014, 2, 24, 10, 0), 1, Member, default(OutcomeKind));
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "unspecified" && e.ParamName == "outcome");
    }

    [Fact]
    public void Json_DoesNotReadTheNameUnspecified()
    {
        var root = SampleDossiers.RichNode();
        root["dossier"]!["deliberation"]!["readings"]![0]!["positions"]![0]!.AsObject()["kind"] = "unspecified";
        DossierSerializer.TryRead(SampleDossiers.Text(root), out _, out var errors).Should().BeFalse();
        errors.Should().ContainSingle().Which.Message.Should().Contain("'unspecified' is not one of").And.Contain("support");
    }

    [Fact]
    public void Schema_ListsNoUnspecifiedName()
    {
        var schema = JsonNode.Parse(DossierSerializer.JsonSchema())!.ToJsonString();
        schema.Should().NotContain("\"unspecified\"").And.Contain("\"noObjection\"");
    }
}
