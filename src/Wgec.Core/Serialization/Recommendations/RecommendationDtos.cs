using System.Collections.Generic;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Recommendations;

namespace Wgec.Core.Serialization.Recommendations;

/// <summary>JSON shape of <see cref="LifecycleEvent"/>.</summary>
internal sealed class LifecycleEventDto
{
    public required LifecycleEventKind Kind { get; set; }

    public required Instant At { get; set; }

    public required int Meeting { get; set; }

    public required ParticipantId Actor { get; set; }

    public OutcomeKind? Outcome { get; set; }

    public string? Note { get; set; }
}

/// <summary>JSON shape of <see cref="RecommendationHistory"/>; the state is not stored, it is the fold of the events.</summary>
internal sealed class RecommendationHistoryDto
{
    public required List<LifecycleEventDto?> Events { get; set; }
}

/// <summary>JSON shape of <see cref="RecommendationVersion"/>.</summary>
internal sealed class RecommendationVersionDto
{
    public required int Number { get; set; }

    public required string Text { get; set; }

    public required ParticipantId Proposer { get; set; }

    public string? What { get; set; }

    public string? How { get; set; }

    public List<string>? Who { get; set; }

    public int? SequenceOrder { get; set; }

    public List<RecommendationId>? DependsOn { get; set; }

    public List<int>? CatalogueIssues { get; set; }
}

/// <summary>JSON shape of <see cref="Recommendation"/>.</summary>
internal sealed class RecommendationDto
{
    public required RecommendationId Id { get; set; }

    public required GroupKey Group { get; set; }

    public required string Title { get; set; }

    public required List<RecommendationVersionDto?> Versions { get; set; }

    public required RecommendationHistoryDto History { get; set; }
}

/// <summary>JSON shape of <see cref="DivergenceAxis"/>.</summary>
internal sealed class DivergenceAxisDto
{
    public required string Name { get; set; }

    public required string LeftPole { get; set; }

    public required string RightPole { get; set; }
}

/// <summary>JSON shape of <see cref="AxisPlacement"/>.</summary>
internal sealed class AxisPlacementDto
{
    public required string Axis { get; set; }

    public required double Value { get; set; }
}

/// <summary>JSON shape of <see cref="Opinion"/>.</summary>
internal sealed class OpinionDto
{
    public required GroupKey Group { get; set; }

    public RecommendationId? Recommendation { get; set; }

    public required OpinionSource Source { get; set; }

    public required List<ParticipantId> Holders { get; set; }

    public required string Statement { get; set; }

    public List<AxisPlacementDto?>? Placements { get; set; }
}

/// <summary>JSON shape of <see cref="CriterionFinding"/>.</summary>
internal sealed class CriterionFindingDto
{
    public required RecommendationId Recommendation { get; set; }

    public required ChairCriterion Criterion { get; set; }

    public required string Rule { get; set; }

    public required string Message { get; set; }
}
