using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wgec.Core.Serialization;

/// <summary>
/// Source-generated metadata for the few framework types that options made by
/// <see cref="WgecJsonSerializerOptionsExtensions.ConfigureForWgec"/> read besides the domain
/// (a JSON array of records is read element by element as <see cref="JsonElement"/>).
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
internal sealed partial class WgecJsonContext : JsonSerializerContext
{
}
