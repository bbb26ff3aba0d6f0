using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Wgec.Core.Serialization.Documents;

/// <summary>
/// One explicit step from an older minor format version to the next. Steps run in order on the
/// parsed payload before it is read, so the typed reader only ever sees the current format.
/// </summary>
internal abstract class MigrationStep
{
    /// <summary>The version this step reads.</summary>
    public abstract FormatVersion From { get; }

    /// <summary>The version this step writes.</summary>
    public abstract FormatVersion To { get; }

    /// <summary>Rewrites <paramref name="payload"/> in place; records errors for input it cannot migrate.</summary>
    /// <param name="payload">The payload, parsed.</param>
    /// <param name="target">The metadata of the payload DTO in version <see cref="To"/>.</param>
    /// <param name="path">The JSON path of the payload.</param>
    /// <param name="errors">Where to record errors.</param>
    public abstract void Apply(JsonNode payload, JsonTypeInfo target, string path, ReadErrors errors);
}
