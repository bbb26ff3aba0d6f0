using Wgec.Core.Consensus;

namespace Wgec.Core.Reporting;

/// <summary>
/// The report of a dossier. It lives with the reporting layer, which reads the domain: the
/// <see cref="Dossier"/> itself knows nothing of reports.
/// </summary>
public static class DossierReportExtensions
{
    /// <summary>
    /// The report in the agreed structure, generated from the data: introduction (mandate, chair,
    /// composition, modalities), meetings and methodology, one section per group with what it
    /// reached, results, the conclusion, the data-quality findings and the numbered source notes;
    /// every fact cites its sources, and sections with nothing to say are left out.
    /// </summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="rule">The rule deciding the outcomes; the working group's own when omitted.</param>
    /// <returns>The outline, ready for Markdown or HTML rendering.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    public static ReportOutline Report(this Dossier dossier, IConsensusRule? rule = null) =>
        DossierReport.Outline(Preconditions.NotNull(dossier), dossier.Evaluate(rule));
}
