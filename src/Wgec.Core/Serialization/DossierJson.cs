using System.Collections.Generic;
using System.Text.Json.Serialization;
using Wgec.Core.Recommendations;
using Wgec.Core.Serialization.Dossiers;

namespace Wgec.Core.Serialization;

/// <summary>Registers the JSON converters of the dossier and its deliberation section.</summary>
public static partial class WgecJsonSerializerOptionsExtensions
{
    static partial void AddDossierConverters(IList<JsonConverter> converters)
    {
        converters.Add(new DtoConverter<Dossier, DossierDto>(DossierMapping.ToDto, DossierMapping.FromDto));
        converters.Add(new DtoConverter<Deliberation, DeliberationDto>(DossierMapping.ToDto, DossierMapping.FromDto));
    }
}
