using System;
using System.Linq;
using System.Text.Json.Nodes;
using NodaTime;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Serialization;
using Wgec.Core.Tests.Serialization.Dossier;

namespace Wgec.Core.Tests.Architecture;

/// <summary>
/// Messages that say what and where (issue 18, finding group 3): each of these failed before the
/// library's checks spoke in its own words.
/// </summary>
public sealed class DomainMessageTests
{
    [Fact]
    public void RawItemFromUnknownRespondent_IsNamedByItsIdNotItsPosition()
    {
        var root = SampleDossiers.RichNode();
        var item = Catalogue(root)["consolidation"]!["rawItems"]![1]!.AsObject();
        item["provenance"]!.AsObject()["respondent"] = "r99";
        var id = (string)item["id"]!;

        var errors = Errors(root);

        errors.Should().ContainSingle().Which.Message.Should().StartWith($"raw item '{id}' comes from respondent 'r99'");
    }

    [Fact]
    public void IncompleteConsolidationOfACatalogue_CarriesNoParameterSuffix()
    {
        var catalogue = SampleDossiers.Rich().Catalogue!;
        var consolidation = catalogue.Consolidation!;
        var incomplete = new Consolidation(consolidation.RawItems, consolidation.Operations.RemoveAt(consolidation.Operations.Length - 1));

        var act = () => new IssueCatalogue(catalogue.Taxonomy, catalogue.Issues, incomplete, catalogue.Declared);

        var thrown = act.Should().Throw<DomainValidationException>().Which;
        thrown.Location.Should().StartWith("consolidation.");
        thrown.Message.Should().NotContain("(Parameter");
    }

    [Fact]
    public void ReportingTarget_SessionNumberZero_SaysTheLimitAndTheValue()
    {
        var act = () => new ReportingTarget("CSTD", 0, new DateInterval(new LocalDate(2014, 5, 12), new LocalDate(2014, 5, 16)));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sessionNumber")
            .WithMessage("session number must be at least 1, was 0.");
    }

    [Fact]
    public void ReadingAtAMeetingNotHeld_IsNamedByItsRecommendationNotByAPositionFromZero()
    {
        var root = SampleDossiers.RichNode();
        var reading = root["dossier"]!["deliberation"]!["readings"]![0]!.AsObject();
        reading["meeting"] = 99;

        var errors = Errors(root);

        errors.Should().ContainSingle().Which.Message.Should()
            .Be($"the reading of '{(string)reading["recommendation"]!}' is at meeting 99, which the working group did not hold.");
    }

    [Fact]
    public void ObjectionDispositionsOutOfOrder_CountFromOne()
    {
        var open = new DispositionRecord(ObjectionDisposition.Open, new ParticipantId("chair"), Instant.FromUtc(2014, 5, 2, 12, 0));
        var earlier = new DispositionRecord(ObjectionDisposition.Withdrawn, new ParticipantId("chair"), Instant.FromUtc(2014, 5, 1, 12, 0));

        var act = () => new ObjectionRecord(new RecommendationId("A-1"), 1, new ParticipantId("cs-1"), [open, earlier]);

        act.Should().Throw<DomainValidationException>().WithMessage("disposition 2 of the objection by 'cs-1' is earlier than the one before it.");
    }

    [Fact]
    public void RosterEntryInAnUndeclaredGroup_NamesTheGroupInWords()
    {
        var act = () => new Roster([StakeholderGroup.Governments], [new RosterEntry(new ParticipantId("biz-1"), StakeholderGroup.PrivateSector, Standing.Member)]);

        act.Should().Throw<DomainValidationException>().WithMessage("participant 'biz-1' decides in private sector, which the roster does not declare.");
    }

    [Fact]
    public void IllegalIssueStatusMove_NamesTheStatusesInWords()
    {
        var act = () => IssueStatusTransitions.EnsureAllowed(IssueStatus.UnderReview, IssueStatus.Listed);

        act.Should().Throw<DomainValidationException>()
            .WithMessage("an issue cannot move from under review to listed; from under review it may move to: mapped, gap identified, withdrawn.");
    }

    [Fact]
    public void UndefinedEnumValue_ListsTheValuesInWords()
    {
        var act = () => new RosterEntry(new ParticipantId("p"), (StakeholderGroup)42, Standing.Member);

        act.Should().Throw<System.ComponentModel.InvalidEnumArgumentException>().WithParameterName("group")
            .WithMessage("group 42 is not a defined value; it must be one of: governments, private sector, civil society, technical and academic community, intergovernmental and international organisations.");
    }

    [Fact]
    public void BlankText_SaysWhatIsBlankWithoutTheGuardLibrarysWording()
    {
        var act = () => new ReportingTarget(" ", 17, new DateInterval(new LocalDate(2014, 5, 12), new LocalDate(2014, 5, 16)));

        act.Should().Throw<ArgumentException>().WithParameterName("body").WithMessage("body must hold text, not only white space.");
    }

    private static JsonObject Catalogue(JsonObject root) => root["dossier"]!["catalogue"]!.AsObject();

    private static ValidationError[] Errors(JsonObject root)
    {
        DossierSerializer.TryRead(SampleDossiers.Text(root), out var dossier, out var errors).Should().BeFalse();
        dossier.Should().BeNull();
        return errors.ToArray();
    }
}
