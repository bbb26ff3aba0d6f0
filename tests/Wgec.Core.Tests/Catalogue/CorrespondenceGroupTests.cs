using System;
using NodaTime;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class CorrespondenceGroupTests
{
    private static CorrespondenceGroup Make(Coordinator[]? coordinators = null, Milestone[]? milestones = null, string[]? terms = null) => new(
        terms ?? ["Identify gaps"],
        true,
        coordinators ?? [new Coordinator("A. Lead", CoordinatorRole.Coordinator)],
        milestones ?? [],
        [],
        null,
        null,
        []);

    [Fact]
    public void Constructor_EmptyTerms_Throws()
    {
        var act = () => Make(terms: []);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "empty").WithParameterName("termsOfReference");
    }

    [Fact]
    public void Constructor_TwoCoordinators_ThrowsNamingTheSecond()
    {
        var act = () => Make([new Coordinator("A", CoordinatorRole.Coordinator), new Coordinator("B", CoordinatorRole.Coordinator)]);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "one-coordinator" && e.Location == "coordinators[1].role")
            .WithMessage("'B' is a second coordinator*");
    }

    [Fact]
    public void Constructor_SamePersonTwice_Throws()
    {
        var act = () => Make([new Coordinator("A", CoordinatorRole.Coordinator), new Coordinator("a", CoordinatorRole.CoCoordinator)]);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "duplicate-coordinator");
    }

    [Fact]
    public void Constructor_MilestonesOutOfOrder_Throws()
    {
        var act = () => Make(milestones: [new Milestone(new LocalDate(2014, 2, 12), MilestoneKind.FinalDocument, "final"), new Milestone(new LocalDate(2014, 1, 10), MilestoneKind.Update, "update")]);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "milestones-order" && e.Location == "milestones[1].due")
            .WithMessage("milestone 2 is due 2014-01-10, before the previous one (2014-02-12)*");
    }

    [Fact]
    public void Constructor_TwoFinalDocuments_Throws()
    {
        var act = () => Make(milestones: [new Milestone(new LocalDate(2014, 2, 1), MilestoneKind.FinalDocument, "a"), new Milestone(new LocalDate(2014, 2, 12), MilestoneKind.FinalDocument, "b")]);
        act.Should().Throw<DomainValidationException>().Where(e => e.Rule == "one-final-document");
    }

    [Fact]
    public void PlusContribution_And_WithMapping_ReturnChangedCopies()
    {
        var group = Make();
        var contribution = new Contribution("A government", "Comments on the mapping", StakeholderGroup.Governments, new LocalDate(2014, 1, 20));

        var changed = group.PlusContribution(contribution).WithMapping(new MappingExercise([], [], 24));

        changed.Contributions.Should().Equal(contribution);
        changed.Mapping!.DeclaredAreaCount.Should().Be(24);
        group.Contributions.Should().BeEmpty();
        group.FinalDocument.Should().BeNull();
    }

    [Fact]
    public void Json_RoundTrips()
    {
        var group = Make(
                [new Coordinator("A. Lead", CoordinatorRole.Coordinator, new ParticipantId("lead")), new Coordinator("B. Co", CoordinatorRole.CoCoordinator)],
                [new Milestone(new LocalDate(2014, 1, 15), MilestoneKind.Update, "update", new SourceReference("s")), new Milestone(new LocalDate(2014, 2, 12), MilestoneKind.FinalDocument, "final")])
            .PlusContribution(new Contribution("A government", "Comments", StakeholderGroup.Governments, new LocalDate(2014, 1, 20), new SourceReference("c", new Uri("https://example.org/c"))));

        JsonAssert.RoundTrips(group);
        JsonAssert.RoundTrips(group.Coordinators[0]);
        JsonAssert.RoundTrips(group.Milestones[0]);
        JsonAssert.RoundTrips(group.Contributions[0]);
    }

    [Fact]
    public void Json_TwoCoordinators_FailsWithPath()
    {
        JsonAssert.FailsToRead<CorrespondenceGroup>(
            "{\"termsOfReference\":[\"t\"],\"openToAllStakeholders\":true,\"coordinators\":[{\"name\":\"A\",\"role\":\"coordinator\"},{\"name\":\"B\",\"role\":\"coordinator\"}],\"milestones\":[],\"contributions\":[],\"sources\":[]}",
            "$.coordinators[1].role", "second coordinator");
    }
}
