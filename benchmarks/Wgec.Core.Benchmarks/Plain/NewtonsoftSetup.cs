using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Wgec.Core.Benchmarks.Plain;

/// <summary>Newtonsoft.Json settings equivalent to <see cref="PlainJsonContext"/>: camelCase, nulls omitted, enums as camelCase strings.</summary>
public static class NewtonsoftSetup
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = NullValueHandling.Ignore,
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy(), allowIntegerValues: false) },
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MaxDepth = 64,
    };

    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(Settings);
}
