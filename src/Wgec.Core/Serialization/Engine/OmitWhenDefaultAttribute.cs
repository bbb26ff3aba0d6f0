using System;

namespace Wgec.Core.Serialization.Engine;

/// <summary>
/// Values of a type that the wire format leaves out when they equal their constructor
/// parameter's default (by default values are always written).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
internal sealed class OmitWhenDefaultAttribute : Attribute
{
    /// <summary>Names the type and its members.</summary>
    /// <param name="type">The serialized type.</param>
    /// <param name="members">The JSON member names.</param>
    public OmitWhenDefaultAttribute(Type type, params string[] members)
    {
        Type = type;
        Members = members;
    }

    /// <summary>The serialized type.</summary>
    public Type Type { get; }

    /// <summary>The JSON member names.</summary>
    public string[] Members { get; }
}
