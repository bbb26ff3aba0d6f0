using System.Linq;
using System.Text.Json.Nodes;
using Wgec.Core.Serialization;
using Wgec.Core.Tests.Serialization.Dossier;

namespace Wgec.Core.Tests.Recommendations;

/// <summary>A ledger record that matches no objection is rejected when a dossier is read, naming the record.</summary>
public sealed class DeliberationLedgerJsonTests
{
    private static JsonObject Record(JsonObject root) =>
        root["dossier"]!["deliberation"]!["ledger"]!["records"]![0]!.AsObject();

    [Fact]
    public void Read_LedgerRecordUnderTheWrongMeeting_FailsNamingTheRecord()
    {
        var root = SampleDossiers.RichNode();
        Record(root)["meeting"] = 3;
        DossierSerializer.TryRead(SampleDossiers.Text(root), out var dossier, out var errors).Should().BeFalse();
        dossier.Should().BeNull();
        var error = errors.Should().ContainSingle().Which;
        error.Path.Should().Be("$.dossier.deliberation.ledger.records[0].meeting");
        error.Rule.Should().Be("unmatched-ledger-record");
        error.Message.Should().Be("the objection ledger records an objection by 'ps-01' to 'A-2' at meeting 3, but 'A-2' was not read at meeting 3.");
    }

    [Fact]
    public void Read_LedgerRecordForAMemberWhoDidNotObject_FailsNamingTheRecord()
    {
        var root = SampleDossiers.RichNode();
        Record(root)["objector"] = "ms-switzerland";
        DossierSerializer.TryRead(SampleDossiers.Text(root), out _, out var errors).Should().BeFalse();
        var error = errors.Should().ContainSingle().Which;
        error.Path.Should().Be("$.dossier.deliberation.ledger.records[0].objector");
        error.Message.Should().Be("the objection ledger records an objection by 'ms-switzerland' to 'A-2' at meeting 4, but 'ms-switzerland' did not object to it at that reading.");
    }

    [Fact]
    public void Read_LedgerRecordForAnUnknownRecommendation_FailsNamingTheRecord()
    {
        var root = SampleDossiers.RichNode();
        Record(root)["recommendation"] = "Z-9";
        DossierSerializer.TryRead(SampleDossiers.Text(root), out _, out var errors).Should().BeFalse();
        errors.Select(e => e.Path).Should().Contain("$.dossier.deliberation.ledger.records[0].recommendation");
        errors.Single(e => e.Path.EndsWith("records[0].recommendation", System.StringComparison.Ordinal)).Message
            .Should().Contain("objection by 'ps-01' to 'Z-9' at meeting 4");
    }
}
