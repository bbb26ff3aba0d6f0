using System;
using Wgec.Core.Identifiers;
using Wgec.Core.Recommendations;
using Wgec.Core.Tests.Catalogue;
using Wgec.Core.Tests.Consultation;
using Wgec.Core.Tests.Process;
using Wgec.Core.Tests.Recommendations;

namespace Wgec.Core.Tests.Datasets;

/// <summary>
/// The WGEC 2013–2014 reference dossier, assembled from each area's builder of the public facts.
/// The embedded dataset must equal it; run the tests with WGEC_REGENERATE_DATASET=1 to rewrite
/// src/Wgec.Core/Datasets/wgec-2013.json from it after changing a fact.
/// </summary>
internal static class Wgec2013Dossier
{
    public static Dossier Build() => new(
        "WGEC 2013–2014: the first CSTD Working Group on Enhanced Cooperation",
        Wgec2013Process.Build(),
        Wgec2013Consultation.Record(),
        Wgec2013Catalogue.Catalogue(),
        Wgec2013Catalogue.CorrespondenceGroup(),
        Deliberation());

    private static Deliberation Deliberation() => new(
        Wgec2013Recommendations.Groups,
        Wgec2013Recommendations.GroupRecords(),
        [],
        agreements: new Wgec.Core.Consensus.AgreementStructure([], [Wgec2013Recommendations.FourthMeetingCondition()]),
        axes: Wgec2013Recommendations.DivergenceAxes,
        contributionCategories: Wgec2013Recommendations.FourthMeetingContributionCategories,
        conclusion:
        [
            "No recommendations were agreed in 2014.",
            "The Chair's assessment: the WGEC members are on the same side but hold different views, all for a stable, secure and unfragmented Internet.",
            "The Chair's assessment: recommendations should be sequenced (What? How? Who?), implementable, and both stable and flexible.",
            "The Chair's assessment: the importance of the topic and the richness of information and draft recommendations; the mapping exercise needs further analysis to identify gaps and existing mechanisms; still needed are further discussions, the will and courage to compromise, and opinions identified and formulated where views differ.",
            "The Chair thanked the WGEC members for their dedication, good work and sacrifices, the stakeholders for their contributions, the correspondence group for its hard work and the secretariat for its great help.",
            "At the 4th meeting, some agreement was reached in groups D and E; the draft recommendations of A and B were to be revisited, and agreement on some issues in A and B would bring agreement on the majority of issues in C, D and E.",
        ],
        declaredAgreedCount: Wgec2013Recommendations.RecommendationsAgreedIn2014,
        sources: [Wgec2013Recommendations.ChairsReport, Wgec2013Recommendations.Outcome2014, Wgec2013Recommendations.FourthMeetingPage, Wgec2013Recommendations.GroupLevelRecords]);
}
