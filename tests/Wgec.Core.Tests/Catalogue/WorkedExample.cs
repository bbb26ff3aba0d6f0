using System.Collections.Immutable;
using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Tests.Catalogue;

/// <summary>
/// A hand-made consolidation of 12 raw items into 5 issues, with merges, a split, a keep and
/// discards for every reason. Invented test data, not a record of the real process.
/// </summary>
internal static class WorkedExample
{
    public static readonly GroupKey B = new("B");
    public static readonly GroupKey D = new("D");

    public static CategoryTaxonomy Taxonomy { get; } = new(
        "Worked example categories",
        ["Critical Internet Resources", "Cybercrime", "Capacity building", "Human rights", "Sociocultural"]);

    public static RawItemId Id(int n) => new($"i{n:00}");

    public static ImmutableArray<RawItem> ExampleItems { get; } =
    [
        Item(1, "Fair allocation of domain names", "R1", 4, StakeholderGroup.Governments),
        Item(2, "Who decides on new top-level domains", "R2", 4, StakeholderGroup.CivilSociety),
        Item(3, "Domain name allocation policy", "R3", 8, StakeholderGroup.PrivateSector),
        Item(4, "Cybercrime and the capacity to fight it", "R4", 4, StakeholderGroup.Governments),
        Item(5, "Privacy online", "R2", 4, StakeholderGroup.CivilSociety),
        Item(6, "Protection of personal data", "R5", 9, StakeholderGroup.TechnicalAndAcademic),
        Item(7, "Data protection across borders", "R1", 4, StakeholderGroup.Governments),
        Item(8, "Multilingual content", "R6", 15, StakeholderGroup.IntergovernmentalAndInternational),
        Item(9, "Domain names", "R4", 4, StakeholderGroup.Governments),
        Item(10, "Domain name allocation", "R5", 8, StakeholderGroup.TechnicalAndAcademic),
        Item(11, "Spectrum for broadcasting", "R3", 4, StakeholderGroup.PrivateSector),
        Item(12, "Our organisation's history", "R6", 18, StakeholderGroup.IntergovernmentalAndInternational),
    ];

    public static ImmutableArray<ConsolidationOperation> ExampleOperations { get; } =
    [
        ConsolidationOperation.Merge([Id(1), Id(2), Id(3)], 1, "Allocation of domain names", "Critical Internet Resources", B),
        ConsolidationOperation.Split(Id(4), [
            CatalogueIssue.Listed(2, "Combating cybercrime", "Cybercrime", B, [Id(4)]),
            CatalogueIssue.Listed(3, "Capacity building for IG", "Capacity building", D, [Id(4)]),
        ]),
        ConsolidationOperation.Merge([Id(5), Id(6), Id(7)], 4, "Privacy and data protection", "Human rights", B),
        ConsolidationOperation.Keep(Id(8), 5, "Multilingualism", "Sociocultural", D),
        ConsolidationOperation.Discard([Id(9), Id(10)], DiscardReason.Duplicate, "repeat i01"),
        ConsolidationOperation.Discard([Id(11)], DiscardReason.OutOfScope),
        ConsolidationOperation.Discard([Id(12)], DiscardReason.NotAPublicPolicyIssue),
    ];

    public static Consolidation ExampleConsolidation { get; } = new(ExampleItems, ExampleOperations);

    public static IssueCatalogue ExampleCatalogue { get; } = IssueCatalogue.FromConsolidation(
        Taxonomy, ExampleConsolidation, new DeclaredCounts(12, 5, new SourceReference("Worked example")));

    private static RawItem Item(int n, string text, string respondent, int question, StakeholderGroup category) =>
        new(Id(n), text, new ItemProvenance(new RespondentId(respondent), question, category, $"p. {n}"));
}
