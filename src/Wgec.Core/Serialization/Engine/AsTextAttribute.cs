using System;

namespace Wgec.Core.Serialization.Engine;

/// <summary>
/// Members whose value travels as its text, as the format has always had it (a decision rule is a
/// string): written with <c>ToString()</c>, read with the value type's static
/// <c>TryParse(string, out T, out string error)</c>, whose error becomes the message.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
internal sealed class AsTextAttribute : Attribute
{
    /// <summary>Names the type and its members.</summary>
    /// <param name="type">The serialized type.</param>
    /// <param name="members">The JSON member names.</param>
    public AsTextAttribute(Type type, params string[] members)
    {
        Type = type;
        Members = members;
    }

    /// <summary>The serialized type.</summary>
    public Type Type { get; }

    /// <summary>The JSON member names.</summary>
    public string[] Members { get; }
}
