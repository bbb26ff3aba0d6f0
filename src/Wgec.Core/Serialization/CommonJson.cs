using System.Collections.Generic;
using System.Text.Json.Serialization;
using Wgec.Core.Identifiers;
using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization;

/// <summary>Registers the JSON converters of the shared types.</summary>
public static partial class WgecJsonSerializerOptionsExtensions
{
    static partial void AddCommonConverters(IList<JsonConverter> converters)
    {
        converters.Add(new DtoConverter<SourceReference, SourceReferenceDto>(CommonMapping.ToDto, CommonMapping.FromDto));
        AddEnum<DerivationKind>(converters);
    }
}
