using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Reporting;

/// <summary>How many recommendations of one report group ended in each outcome (for summaries and charts).</summary>
internal sealed class OutcomeTally
{
    private OutcomeTally(GroupKey group, string title, int agreed, int revisit, int noAgreement, int notRead)
    {
        Group = group;
        Title = title;
        Agreed = agreed;
        ToBeRevisited = revisit;
        NoAgreement = noAgreement;
        NotRead = notRead;
    }

    public GroupKey Group { get; }

    public string Title { get; }

    public int Agreed { get; }

    public int ToBeRevisited { get; }

    public int NoAgreement { get; }

    public int NotRead { get; }

    public int Total => Agreed + ToBeRevisited + NoAgreement + NotRead;

    public static ImmutableArray<OutcomeTally> ByGroup(Dossier dossier, IReadOnlyDictionary<RecommendationId, ConsensusOutcome> outcomes)
    {
        var deliberation = dossier.Deliberation;
        var groups = deliberation.Groups.Select(g => (g.Key, g.Title)).ToList();
        if (groups.Count == 0 && dossier.Consultation is { } consultation)
        {
            groups = consultation.Groups.Select(g => (g.Key, g.Title)).ToList();
        }

        return groups.Select(g =>
        {
            var recs = deliberation.Recommendations.Where(r => r.Group == g.Key).ToList();
            int Count(OutcomeKind kind) => recs.Count(r => outcomes.TryGetValue(r.Id, out var o) && o.Kind == kind);
            return new OutcomeTally(g.Key, g.Title, Count(OutcomeKind.Agreed), Count(OutcomeKind.ToBeRevisited), Count(OutcomeKind.NoAgreement), recs.Count(r => !outcomes.ContainsKey(r.Id)));
        }).ToImmutableArray();
    }
}
