using System.Linq;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Serialization.Recommendations;

/// <summary>Maps the recommendation types to and from their DTOs (see <see cref="Common.CommonMapping"/> for the pattern).</summary>
internal static class RecommendationMapping
{
    public static LifecycleEventDto ToDto(LifecycleEvent value) => new()
    {
        Kind = value.Kind,
        At = value.At,
        Meeting = value.Meeting,
        Actor = value.Actor,
        Outcome = value.Outcome,
        Note = value.Note,
    };

    public static LifecycleEvent? FromDto(LifecycleEventDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new LifecycleEvent(dto.Kind, dto.At, dto.Meeting, dto.Actor, dto.Outcome, dto.Note));

    public static RecommendationHistoryDto ToDto(RecommendationHistory value) => new() { Events = value.Events.Select(e => (LifecycleEventDto?)ToDto(e)).ToList() };

    public static RecommendationHistory? FromDto(RecommendationHistoryDto dto, string path, ReadErrors errors)
    {
        var events = errors.MapAll(dto.Events, ReadErrors.Member(path, "events"), (e, at) => FromDto(e, at, errors));
        return events is null ? null : errors.Build(path, () => new RecommendationHistory(events.Value));
    }

    public static RecommendationVersionDto ToDto(RecommendationVersion value) => new()
    {
        Number = value.Number,
        Text = value.Text,
        Proposer = value.Proposer,
        What = value.What,
        How = value.How,
        Who = value.Who.IsEmpty ? null : value.Who.ToList(),
        SequenceOrder = value.SequenceOrder,
        DependsOn = value.DependsOn.IsEmpty ? null : value.DependsOn.ToList(),
        CatalogueIssues = value.CatalogueIssues.IsEmpty ? null : value.CatalogueIssues.ToList(),
    };

    public static RecommendationVersion? FromDto(RecommendationVersionDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new RecommendationVersion(dto.Number, dto.Text, dto.Proposer, dto.What, dto.How, dto.Who, dto.SequenceOrder, dto.DependsOn, dto.CatalogueIssues));

    public static RecommendationDto ToDto(Recommendation value) => new()
    {
        Id = value.Id,
        Group = value.Group,
        Title = value.Title,
        Versions = value.Versions.Select(v => (RecommendationVersionDto?)ToDto(v)).ToList(),
        History = ToDto(value.History),
    };

    public static Recommendation? FromDto(RecommendationDto dto, string path, ReadErrors errors)
    {
        var versions = errors.MapAll(dto.Versions, ReadErrors.Member(path, "versions"), (v, at) => FromDto(v, at, errors));
        var history = FromDto(dto.History, ReadErrors.Member(path, "history"), errors);
        return versions is null || history is null ? null : errors.Build(path, () => new Recommendation(dto.Id, dto.Group, dto.Title, versions.Value, history));
    }

    public static DivergenceAxisDto ToDto(DivergenceAxis value) => new() { Name = value.Name, LeftPole = value.LeftPole, RightPole = value.RightPole };

    public static DivergenceAxis? FromDto(DivergenceAxisDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new DivergenceAxis(dto.Name, dto.LeftPole, dto.RightPole));

    public static AxisPlacementDto ToDto(AxisPlacement value) => new() { Axis = value.Axis, Value = value.Value };

    public static AxisPlacement? FromDto(AxisPlacementDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new AxisPlacement(dto.Axis, dto.Value));

    public static OpinionDto ToDto(Opinion value) => new()
    {
        Group = value.Group,
        Recommendation = value.Recommendation,
        Source = value.Source,
        Holders = value.Holders.ToList(),
        Statement = value.Statement,
        Placements = value.Placements.IsEmpty ? null : value.Placements.Select(p => (AxisPlacementDto?)ToDto(p)).ToList(),
    };

    public static Opinion? FromDto(OpinionDto dto, string path, ReadErrors errors)
    {
        var placements = dto.Placements is null ? [] : errors.MapAll(dto.Placements, ReadErrors.Member(path, "placements"), (p, at) => FromDto(p, at, errors));
        return placements is null ? null : errors.Build(path, () => new Opinion(dto.Group, dto.Recommendation, dto.Source, dto.Holders, dto.Statement, placements.Value));
    }

    public static CriterionFindingDto ToDto(CriterionFinding value) => new()
    {
        Recommendation = value.Recommendation,
        Criterion = value.Criterion,
        Rule = value.Rule,
        Message = value.Message,
    };

    public static CriterionFinding? FromDto(CriterionFindingDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new CriterionFinding(dto.Recommendation, dto.Criterion, dto.Rule, dto.Message));
}
