using System.Collections.Immutable;
using Wgec.Core.Benchmarks.Plain;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Benchmarks.Data;

/// <summary>
/// One generated dataset: the library's validated domain objects and, with the same content, the
/// plain DTO graph a user would otherwise serialize.
/// </summary>
public sealed class GeneratedData
{
    public GeneratedData(
        WorkingGroup workingGroup,
        ConsultationRecord consultation,
        IssueCatalogue catalogue,
        ImmutableArray<Recommendation> recommendations,
        ImmutableArray<Reading> readings,
        Roster roster)
    {
        WorkingGroup = workingGroup;
        Consultation = consultation;
        Catalogue = catalogue;
        Recommendations = recommendations;
        Readings = readings;
        Roster = roster;
    }

    public WorkingGroup WorkingGroup { get; }

    public ConsultationRecord Consultation { get; }

    public IssueCatalogue Catalogue { get; }

    public ImmutableArray<Recommendation> Recommendations { get; }

    public ImmutableArray<Reading> Readings { get; }

    public Roster Roster { get; }

    /// <summary>The same content as plain POCOs (built on first use).</summary>
    public PlainDossier Plain => _plain ??= PlainMapper.ToPlain(this);

    private PlainDossier? _plain;
}
