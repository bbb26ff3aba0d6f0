using System.Collections.Generic;
using System.Text.Json.Serialization;
using Wgec.Core.Recommendations;
using Wgec.Core.Reporting;
using Wgec.Core.Serialization.Recommendations;

namespace Wgec.Core.Serialization;

/// <summary>Registers the JSON converters of the recommendation and report-outline types.</summary>
public static partial class WgecJsonSerializerOptionsExtensions
{
    static partial void AddRecommendationConverters(IList<JsonConverter> converters)
    {
        AddEnum<RecommendationState>(converters);
        AddEnum<LifecycleEventKind>(converters);
        AddEnum<OpinionSource>(converters);
        AddEnum<ChairCriterion>(converters);
        converters.Add(new DtoConverter<CriterionFinding, CriterionFindingDto>(RecommendationMapping.ToDto, RecommendationMapping.FromDto));
        converters.Add(new DtoConverter<LifecycleEvent, LifecycleEventDto>(RecommendationMapping.ToDto, RecommendationMapping.FromDto));
        converters.Add(new DtoConverter<RecommendationHistory, RecommendationHistoryDto>(RecommendationMapping.ToDto, RecommendationMapping.FromDto));
        converters.Add(new DtoConverter<RecommendationVersion, RecommendationVersionDto>(RecommendationMapping.ToDto, RecommendationMapping.FromDto));
        converters.Add(new DtoConverter<Recommendation, RecommendationDto>(RecommendationMapping.ToDto, RecommendationMapping.FromDto));
        converters.Add(new DtoConverter<DivergenceAxis, DivergenceAxisDto>(RecommendationMapping.ToDto, RecommendationMapping.FromDto));
        converters.Add(new DtoConverter<AxisPlacement, AxisPlacementDto>(RecommendationMapping.ToDto, RecommendationMapping.FromDto));
        converters.Add(new DtoConverter<Opinion, OpinionDto>(RecommendationMapping.ToDto, RecommendationMapping.FromDto));
        converters.Add(new DtoConverter<ReportSection, ReportSectionDto>(ReportMapping.ToDto, ReportMapping.FromDto));
        converters.Add(new DtoConverter<ReportOutline, ReportOutlineDto>(ReportMapping.ToDto, ReportMapping.FromDto));
        converters.Add(new DtoConverter<ReportGroup, ReportGroupDto>(ReportMapping.ToDto, ReportMapping.FromDto));
    }
}
