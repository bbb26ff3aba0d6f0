using System;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Tests.Catalogue;

/// <summary>
/// The issue catalogue slice of the real WGEC 2013–2014 process, holding only published facts (see
/// DESIGN.md §3 and the Chair's report to CSTD 17): the declared counts 483 items → 215 rows, the
/// three named rows, the mapping exercise as a declared count of 24 areas, and the correspondence
/// group. Nothing is invented: columns the source leaves blank (grouping, activities, status) stay
/// empty (the status as <see cref="IssueStatus.NotRecorded"/>), no area or mechanism is named, and no
/// contribution is listed.
/// </summary>
internal static class Wgec2013Catalogue
{
    /// <summary>The Chair's report to CSTD 17 (Peter Major), the seed of the reference dataset.</summary>
    public static readonly SourceReference ChairsReport = new(
        "Peter Major, Chair of the CSTD WGEC: report on the working group to the CSTD 17th session (Geneva, 12–16 May 2014)");

    /// <summary>The WGEC meeting page the Chair's report gives for the 4th meeting's resources.</summary>
    public static readonly Uri FourthMeetingPage = new("http://unctad.org/en/pages/MeetingDetails.aspx?meetingid=545");

    /// <summary>The announcement of the correspondence group (coordinators, tasks, deadline).</summary>
    public static readonly Uri CorrespondenceGroupAnnouncement = new("https://lists.internetrightsandprinciples.org/pipermail/irp/2013-November/002322.html");

    /// <summary>The categories the Chair's report shows in the first rows of the 2013 issue table.</summary>
    public static CategoryTaxonomy SpreadsheetCategories() => new(
        "WGEC 2013 issue table categories (as shown in the Chair's report)",
        ["Critical Internet Resources", "Cybercrime", "Capacity building"]);

    /// <summary>The clusters of the later mapping (E/CN.16/2015/CRP.2), usable as issue categories.</summary>
    public static CategoryTaxonomy MappingClusters2015() => new(
        "Mapping clusters, E/CN.16/2015/CRP.2",
        ["Infrastructure and standardisation", "Security", "Human rights", "Legal", "Economic", "Development", "Sociocultural"]);

    /// <summary>
    /// The counts: 483 items from the questionnaire (declared), reduced to "200+" (declared); 215 is
    /// the number of the table's last row, so the issue count is derived from it and marked so.
    /// </summary>
    public static DeclaredCounts DeclaredCounts() => new(
        483,
        215,
        new SourceReference(
            ChairsReport.Citation + ", slide on public policy issues: 483 items from the questionnaire, reduced to 200+, table rows 1–215",
            derivation: new Derivation(
                DerivationKind.Derived,
                "the Chair's report declares the reduction as '200+'; 215 is the number of the table's last row, not a declared count")));

    /// <summary>The catalogue: the three named rows under the declared counts, without consolidation records.</summary>
    public static IssueCatalogue Catalogue() => new(
        SpreadsheetCategories(),
        [
            Row(1, "Allocation of domain names", "Critical Internet Resources"),
            Row(2, "Combating cybercrime", "Cybercrime"),
            Row(3, "Capacity building for IG", "Capacity building"),
        ],
        consolidation: null,
        declared: DeclaredCounts());

    /// <summary>The mapping exercise: 24 broad areas, as a declared count only (the areas are not in the stored sources).</summary>
    public static MappingExercise Mapping() => new(
        [],
        [],
        declaredAreaCount: 24,
        source: new SourceReference(ChairsReport.Citation + ", slide 'Work of the 4th meeting': document from the correspondence group (mapping exercise), 24 areas"));

    /// <summary>The correspondence group created at the second meeting (6–8 November 2013).</summary>
    public static CorrespondenceGroup CorrespondenceGroup() => new(
        termsOfReference:
        [
            "Review the spreadsheet of international Internet public policy issues",
            "List the existing mechanisms that address the issues, and their status",
            "Identify the gaps",
        ],
        openToAllStakeholders: true,
        coordinators:
        [
            new Coordinator("Phil Rushton", CoordinatorRole.Coordinator),
            new Coordinator("Joy Liddicoat", CoordinatorRole.CoCoordinator),
        ],
        milestones:
        [
            new Milestone(new NodaTime.LocalDate(2014, 2, 12), MilestoneKind.FinalDocument, "Final document of the correspondence group", new SourceReference("IRP coalition mailing list, November 2013: correspondence group announcement", CorrespondenceGroupAnnouncement)),
        ],
        contributions: [],
        chairReport: new SourceReference("Report from the Chair of the correspondence group, a resource of the 4th WGEC meeting (Chair's report to CSTD 17)", FourthMeetingPage),
        mapping: Mapping(),
        sources:
        [
            new SourceReference("IRP coalition mailing list, November 2013: correspondence group announcement", CorrespondenceGroupAnnouncement),
            ChairsReport,
        ]);

    private static CatalogueIssue Row(int number, string title, string category) =>
        new(number, title, category, grouping: null, activitiesAndApproaches: [], IssueStatus.NotRecorded, sourceItems: []);
}
