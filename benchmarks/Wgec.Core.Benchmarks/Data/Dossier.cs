using System.Collections.Immutable;
using Wgec.Core.Benchmarks.Plain;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Benchmarks.Data;

/// <summary>
/// One generated dataset: the library's validated <see cref="Wgec.Core.Dossier"/> (built through its
/// public constructors, every cross-section reference checked) and, with the same content, the
/// plain DTO graph a user would otherwise serialize.
/// </summary>
public sealed class GeneratedData
{
    public const string Title = "WGEC 2013-2014 (generated benchmark data)";

    public GeneratedData(
        WorkingGroup workingGroup,
        ConsultationRecord consultation,
        IssueCatalogue catalogue,
        ImmutableArray<ReportGroup> groups,
        ImmutableArray<Recommendation> recommendations,
        ImmutableArray<Reading> readings,
        Roster roster)
    {
        WorkingGroup = workingGroup;
        Consultation = consultation;
        Catalogue = catalogue;
        Groups = groups;
        Recommendations = recommendations;
        Readings = readings;
        Roster = roster;
        Dossier = new Dossier(Title, workingGroup, consultation, catalogue, deliberation: new Deliberation(groups, recommendations, readings));
    }

    /// <summary>The whole dataset as the library's aggregate root.</summary>
    public Dossier Dossier { get; }

    public ImmutableArray<ReportGroup> Groups { get; }

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
