using System.Collections.Generic;
using System.Text.Json.Serialization;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Serialization;

/// <summary>Registers the JSON converters of the process area (document symbols, mandate, participants, modalities, working group).</summary>
public static partial class WgecJsonSerializerOptionsExtensions
{
    static partial void AddProcessConverters(IList<JsonConverter> converters)
    {
        converters.Add(new StringValueConverter<DocumentSymbol>(DocumentSymbol.TryParse, "UN document symbol"));
    }
}
