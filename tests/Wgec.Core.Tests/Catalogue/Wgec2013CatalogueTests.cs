using Wgec.Core.Identifiers;
using System.Linq;
using Wgec.Core.Catalogue;
using Wgec.Core.Tests.Serialization;

namespace Wgec.Core.Tests.Catalogue;

public sealed class Wgec2013CatalogueTests
{
    [Fact]
    public void Catalogue_HoldsTheThreeSeedRowsWithTheTablesBlankColumnsLeftBlank()
    {
        var catalogue = Wgec2013Catalogue.Catalogue();

        catalogue.Issues.Select(i => (i.Number, i.Title, i.Category)).Should().Equal(
            (1, "Allocation of domain names", "Critical Internet Resources"),
            (2, "Combating cybercrime", "Cybercrime"),
            (3, "Capacity building for IG", "Capacity building"));
        // The seed's columns: No, Issues, Categories, Grouping, Activities & approaches, Status; the last three are blank.
        catalogue.Issues.Should().OnlyContain(i => i.Grouping == null && i.ActivitiesAndApproaches.IsEmpty && i.Status == IssueStatus.NotRecorded && i.SourceItems.IsEmpty);
        catalogue.Declared!.ItemsIn.Should().Be(483);
        catalogue.Declared.IssuesOut.Should().Be(215);
        catalogue.Declared.Source.Derivation!.Kind.Should().Be(DerivationKind.Derived, "215 is the table's last row number; the declared figure is '200+'");
        catalogue.Declared.Source.Derivation.Reason.Should().Contain("'200+'").And.Contain("215 is the number of the table's last row");
        catalogue.Consolidation.Should().BeNull();
    }

    [Fact]
    public void CompareWithDeclared_ReportsAPartialRecordWithoutFixingIt()
    {
        var comparison = Wgec2013Catalogue.Catalogue().CompareWithDeclared()!;

        comparison.RecordedItems.Should().Be(0);
        comparison.RecordedIssues.Should().Be(3);
        comparison.ItemsMatch.Should().BeFalse();
        comparison.IssuesMatch.Should().BeFalse();
        comparison.IsContradicted.Should().BeFalse();
        comparison.Findings.Should().Equal(
            "483 raw items declared, 0 recorded: the record is partial (483 missing).",
            "215 issues declared, 3 recorded: the record is partial (212 missing).");
    }

    [Fact]
    public void Mapping_Declares24AreasWithoutInventingThem()
    {
        var mapping = Wgec2013Catalogue.Mapping();

        mapping.DeclaredAreaCount.Should().Be(24);
        mapping.Areas.Should().BeEmpty();
        mapping.Mechanisms.Should().BeEmpty();
        mapping.IsAreaRecordComplete.Should().BeFalse();
    }

    [Fact]
    public void CorrespondenceGroup_HoldsThePublishedFacts()
    {
        var group = Wgec2013Catalogue.CorrespondenceGroup();

        group.OpenToAllStakeholders.Should().BeTrue();
        group.Coordinators.Select(c => (c.Name, c.Role)).Should().Equal(
            ("Phil Rushton", CoordinatorRole.Coordinator),
            ("Joy Liddicoat", CoordinatorRole.CoCoordinator));
        group.FinalDocument!.Due.Should().Be(new NodaTime.LocalDate(2014, 2, 12));
        group.TermsOfReference.Should().HaveCount(3);
        group.Mapping!.DeclaredAreaCount.Should().Be(24);
        group.Sources.Select(s => s.Address?.AbsoluteUri).Should().Contain(Wgec2013Catalogue.CorrespondenceGroupAnnouncement.AbsoluteUri);
        group.ChairReport!.Address.Should().Be(Wgec2013Catalogue.FourthMeetingPage);
    }

    [Fact]
    public void MappingClusters2015_HoldsTheSevenClusters()
    {
        Wgec2013Catalogue.MappingClusters2015().Categories.Should().HaveCount(7).And.Contain("Human rights");
    }

    [Fact]
    public void Json_EverySliceRoundTrips()
    {
        JsonAssert.RoundTrips(Wgec2013Catalogue.Catalogue());
        JsonAssert.RoundTrips(Wgec2013Catalogue.Mapping());
        JsonAssert.RoundTrips(Wgec2013Catalogue.CorrespondenceGroup())
            .Should().Contain("\"due\":\"2014-02-12\"").And.Contain("\"role\":\"coCoordinator\"");
        JsonAssert.RoundTrips(Wgec2013Catalogue.MappingClusters2015());
    }
}
