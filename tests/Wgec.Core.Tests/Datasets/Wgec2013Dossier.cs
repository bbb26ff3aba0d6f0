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
        [],
        [],
        axes: Wgec2013Recommendations.DivergenceAxes,
        contributionCategories: Wgec2013Recommendations.FourthMeetingContributionCategories,
        conclusion:
        [
            "No recommendations were agreed in 2014.",
            "The Chair's assessment: the importance of the topic and the richness of information and draft recommendations; still needed are further discussions, the will and courage to compromise, and opinions formulated where views differ.",
            "At the 4th meeting, some agreement was reached in groups D and E; the draft recommendations of A and B were to be revisited, and agreement on some issues in A and B would bring agreement on the majority of issues in C, D and E.",
        ],
        declaredAgreedCount: Wgec2013Recommendations.RecommendationsAgreedIn2014,
        sources: [Wgec2013Recommendations.ChairsReport, Wgec2013Recommendations.Outcome2014, Wgec2013Recommendations.FourthMeetingPage]);
}
