using System;

namespace Wgec.Core.Serialization.Engine;

/// <summary>
/// Lists of a type that the wire format writes even when empty, although their constructor
/// parameter is optional (by default such lists are left out when empty).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
internal sealed class WriteWhenEmptyAttribute : Attribute
{
    /// <summary>Names the type and its members.</summary>
    /// <param name="type">The serialized type.</param>
    /// <param name="members">The JSON member names.</param>
    public WriteWhenEmptyAttribute(Type type, params string[] members)
    {
        Type = type;
        Members = members;
    }

    /// <summary>The serialized type.</summary>
    public Type Type { get; }

    /// <summary>The JSON member names.</summary>
    public string[] Members { get; }
}
