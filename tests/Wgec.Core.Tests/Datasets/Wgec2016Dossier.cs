using NodaTime;
using Wgec.Core.Consultation;
using Wgec.Core.Identifiers;
using Wgec.Core.Recommendations;
using Wgec.Core.Tests.Process;

namespace Wgec.Core.Tests.Datasets;

/// <summary>
/// The WGEC 2016–2018 reference dossier, from public pages only (see <see cref="Wgec2016Process"/>):
/// the working group with its end, the call for contributions on the two guiding questions, and the
/// divides the record names. It holds no contributions, no recommendation texts and no readings:
/// none are in the stored sources. The embedded dataset must equal it; run the tests with
/// WGEC_REGENERATE_DATASET=1 to rewrite src/Wgec.Core/Datasets/wgec-2016.json from it.
/// </summary>
internal static class Wgec2016Dossier
{
    public static Dossier Build() => new(
        "WGEC 2016–2018: the second CSTD Working Group on Enhanced Cooperation",
        Wgec2016Process.Build(),
        new ConsultationRecord(CallForContributions()),
        deliberation: Deliberation(),
        otherEvents: Wgec2016Process.OtherEvents());

    /// <summary>The two questions agreed at the first meeting, open to all stakeholders until 7 December 2016 (Geneva time).</summary>
    public static Questionnaire CallForContributions() => new(
        "wgec-2016-guiding-questions",
        "Call for contributions on the two guiding questions of the second meeting (2016)",
        [
            new Question(1, "At a high level, what characterises enhanced cooperation?", QuestionKind.Substantive),
            new Question(2, "In the light of the previous WGEC's work and of the Tunis Agenda, in particular paragraphs 69–71, which kinds of recommendations should the group consider?", QuestionKind.Substantive),
        ],
        isOpenToAllStakeholders: true,
        new DeadlinePolicy(
            DeadlinePolicy.GenevaTimeZoneId,
            new Deadline(new LocalDate(2016, 12, 7), "Deadline for contributions, by email to the CSTD secretariat", Wgec2016Process.UnctadNews)),
        [Wgec2016Process.UnctadNews, Wgec2016Process.RipeListAnnouncement]);

    private static Deliberation Deliberation() => new(
        [],
        [],
        [],
        axes:
        [
            new DivergenceAxis("New UN mechanism", "needed to implement enhanced cooperation fully", "not needed"),
            new DivergenceAxis("Focus of a new mechanism", "intergovernmental decision-making", "multistakeholder involvement"),
            new DivergenceAxis("Recommendations without consensus", "recorded in the final report", "left out of it"),
        ],
        conclusion:
        [
            "The group met five times, from September 2016 until early on 1 February 2018, and could not adopt a report for lack of consensus; the Chair was to present his own summary of the proceedings to the CSTD in May 2018.",
            "The divide that decided it was over a new UN mechanism, in effect a UN committee, to develop Internet governance policies: a number of governments and some in civil society wanted the report to reflect it; many other countries, businesses and the technical community opposed it.",
        ],
        sources: [Wgec2016Process.HicksonAccount, Wgec2016Process.DigWatchFourthMeeting]);
}
