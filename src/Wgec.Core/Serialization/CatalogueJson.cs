using System.Collections.Generic;
using System.Text.Json.Serialization;
using Wgec.Core.Catalogue;
using Wgec.Core.Serialization.Catalogue;

namespace Wgec.Core.Serialization;

/// <summary>Registers the JSON converters of the issue catalogue, the consolidation and the mapping exercise.</summary>
public static partial class WgecJsonSerializerOptionsExtensions
{
    static partial void AddCatalogueConverters(IList<JsonConverter> converters)
    {
        converters.Add(new StringValueConverter<RawItemId>(RawItemId.TryParse, "raw item id"));
        AddEnum<IssueStatus>(converters);
        AddEnum<ConsolidationOperationKind>(converters);
        AddEnum<DiscardReason>(converters);
        AddEnum<MechanismType>(converters);
        AddEnum<Coverage>(converters);
        AddEnum<MappingTargetKind>(converters);
        AddEnum<CoordinatorRole>(converters);
        AddEnum<MilestoneKind>(converters);
        CatalogueMapping.Register(converters);
        MappingExerciseMapping.Register(converters);
        CorrespondenceGroupMapping.Register(converters);
        ReportMapping.Register(converters);
    }
}
