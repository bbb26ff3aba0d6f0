using System;

namespace Wgec.Core.Serialization.Engine;

/// <summary>
/// A type whose JSON shape is not its constructor's (a map, a union, a derived figure): a
/// hand-written static codec with <c>Read</c>, <c>Write</c> and <c>Schema</c> serves it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
internal sealed class CustomCodecAttribute : Attribute
{
    /// <summary>Names the type and its codec.</summary>
    /// <param name="type">The serialized type.</param>
    /// <param name="codec">The static class that reads, writes and describes it.</param>
    public CustomCodecAttribute(Type type, Type codec)
    {
        Type = type;
        Codec = codec;
    }

    /// <summary>The serialized type.</summary>
    public Type Type { get; }

    /// <summary>The codec.</summary>
    public Type Codec { get; }
}
