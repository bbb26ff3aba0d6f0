namespace Wgec.Core.Serialization.Engine;

/// <summary>One member of an object shape.</summary>
internal sealed class JsonMemberShape
{
    public JsonMemberShape(string name, string shape, bool required, bool nullable)
    {
        Name = name;
        Shape = shape;
        Required = required;
        Nullable = nullable;
    }

    /// <summary>The JSON member name.</summary>
    public string Name { get; }

    /// <summary>The id of the member's shape.</summary>
    public string Shape { get; }

    /// <summary>Whether the member must be present.</summary>
    public bool Required { get; }

    /// <summary>Whether the member may be null.</summary>
    public bool Nullable { get; }
}
