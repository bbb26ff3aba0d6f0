using System;
using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Builders;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Reporting;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests;

/// <summary>
/// A seat policy that gives a stakeholder group no seat: observers, the chair and the secretariat
/// in such a group are recorded and never decide, and every verb works; a member there is refused
/// when the dossier is made (invented test data).
/// </summary>
public sealed class DossierSeatTests
{
    private static readonly RecommendationId A1 = new("A-1");

    private static DossierBuilder ThreeGroups() => new DossierBuilder("Test group")
        .PlusMember("gov-1", StakeholderGroup.Governments, "Country One")
        .PlusMember("biz-1", StakeholderGroup.PrivateSector)
        .PlusMember("cs-1", StakeholderGroup.CivilSociety)
        .PlusRecommendation("A-1", "Publish.");

    private static Dossier WithoutSeatFor(Participant participant)
    {
        var dossier = ThreeGroups().Build();
        var composition = dossier.Process.Composition;
        return dossier.WithProcess(dossier.Process.WithComposition(composition.PlusParticipant(participant)));
    }

    private static Participant Of(string id, Standing standing) =>
        new(new ParticipantId(id), ParticipantKind.Organisation, StakeholderGroup.TechnicalAndAcademic, standing, "Technical body");

    [Theory]
    [InlineData(Standing.Observer)]
    [InlineData(Standing.Chair)]
    [InlineData(Standing.Secretariat)]
    public void Evaluate_NonDecidingParticipantInAGroupWithoutSeats_IsRecordedAndNeverDecides(Standing standing)
    {
        var observer = Of("tech-1", standing);
        var dossier = WithoutSeatFor(observer);
        var read = dossier.WithDeliberation(new Wgec.Core.Recommendations.Deliberation(
            dossier.Deliberation.Groups,
            dossier.Deliberation.Recommendations,
            [new Reading(A1, 1, false, [Position.Support(new("gov-1")), Position.Support(new("biz-1")), Position.Support(new("cs-1")), Position.Objection(observer.Id, "Not yet.")])]));

        read.Process.Composition.Policy.SeatsFor(StakeholderGroup.TechnicalAndAcademic).Should().Be(0);
        read.Roster().DeclaredGroups.Should().Equal(StakeholderGroup.Governments, StakeholderGroup.PrivateSector, StakeholderGroup.CivilSociety);
        read.Roster().TryGet(observer.Id, out var entry).Should().BeTrue();
        entry!.Decides.Should().BeFalse();
        read.Evaluate()[A1].Kind.Should().Be(OutcomeKind.Agreed);
        foreach (var rule in ConsensusRuleRegistry.Default.Names.Where(n => n is not (AllOfRule.RegistryName or AnyOfRule.RegistryName)))
        {
            read.Evaluate(ConsensusRuleRegistry.Default.Create(new RuleDescriptor(rule)))[A1].Findings.Should().NotBeEmpty(rule);
        }

        DossierSummary.ToText(read).Should().Contain("A-1");
        MarkdownReportRenderer.Render(read.Report()).Should().NotBeEmpty();
        HtmlReportRenderer.Render(read).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData(Standing.Member, "member")]
    [InlineData(Standing.SubgroupCoordinator, "subgroup coordinator")]
    public void Constructor_DecidingParticipantInAGroupWithoutSeats_IsRejectedNamingItAndTheGroup(Standing standing, string words)
    {
        var act = () => WithoutSeatFor(Of("tech-1", standing));

        var ex = act.Should().Throw<DomainValidationException>().Which;
        ex.Rule.Should().Be("member-without-seat");
        ex.Location.Should().Be("process.composition.participants[3].standing");
        ex.Message.Should().StartWith($"participant 'tech-1' is a {words} in technical and academic community, but the composition policy gives technical and academic community no seat: give the group seats, or make the participant an observer.");
    }

    [Fact]
    public void TryRead_MemberInAGroupWithoutSeats_IsAnErrorAtTheParticipant()
    {
        var valid = WithoutSeatFor(Of("tech-1", Standing.Observer));
        var json = DossierSerializer.ToJson(valid).Replace("\"standing\":\"observer\"", "\"standing\":\"member\"", StringComparison.Ordinal);

        DossierSerializer.TryRead(json, out var dossier, out var errors).Should().BeFalse();

        dossier.Should().BeNull();
        errors.Should().ContainSingle().Which.Path.Should().Be("$.dossier.process.composition.participants[3].standing");
    }

    [Fact]
    public void Constructor_NoSeatsAtAll_EveryGroupDecides()
    {
        var dossier = ThreeGroups().Build();
        var composition = new Composition(new CompositionPolicy(new List<KeyValuePair<StakeholderGroup, int>>()), dossier.Process.Composition.Participants);

        var unseated = dossier.WithProcess(dossier.Process.WithComposition(composition));

        unseated.Roster().DeclaredGroups.Should().HaveCount(5);
    }
}
