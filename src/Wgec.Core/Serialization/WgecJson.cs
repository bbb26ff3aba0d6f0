using System.Text.Json;

namespace Wgec.Core.Serialization;

/// <summary>Ready-made, read-only serializer options for Wgec.Core.</summary>
/// <remarks>The instances are created once, frozen, and safe to share across threads.</remarks>
public static class WgecJson
{
    /// <summary>Compact options: strict reading, no indentation.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>Indented options: strict reading, two-space indentation, "\n" line endings on every platform.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = Create(indented: true);

    /// <summary>Creates new, still-mutable options configured for Wgec.Core.</summary>
    /// <param name="indented">Whether to write indented JSON.</param>
    /// <returns>New options; the caller may adjust them before first use.</returns>
    public static JsonSerializerOptions CreateOptions(bool indented = false)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Strict).ConfigureForWgec();
        options.WriteIndented = indented;
        options.NewLine = "\n";
        return options;
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = CreateOptions(indented);
        options.MakeReadOnly();
        return options;
    }
}
