using System.Collections.Generic;
using Wgec.Core.Serialization.Common;
using Wgec.Core.Serialization.Consensus;
using Wgec.Core.Serialization.Recommendations;

namespace Wgec.Core.Serialization.Dossiers;

/// <summary>JSON shape of <see cref="Wgec.Core.Recommendations.Deliberation"/>. Property order is the JSON order.</summary>
internal sealed class DeliberationDto
{
    public required List<ReportGroupDto> Groups { get; set; }

    public required List<RecommendationDto> Recommendations { get; set; }

    public required List<ReadingDto> Readings { get; set; }

    public required ObjectionLedgerDto Ledger { get; set; }

    public required AgreementStructureDto Agreements { get; set; }

    public required List<OpinionDto> Opinions { get; set; }

    public required List<DivergenceAxisDto> Axes { get; set; }

    public required List<string> ContributionCategories { get; set; }

    public required List<string> Conclusion { get; set; }

    public int? DeclaredAgreedCount { get; set; }

    public required List<SourceReferenceDto> Sources { get; set; }
}
