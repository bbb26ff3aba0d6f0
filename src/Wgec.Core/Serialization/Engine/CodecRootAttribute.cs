using System;

namespace Wgec.Core.Serialization.Engine;

/// <summary>A type whose codec (and the codecs of everything it holds) is generated.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
internal sealed class CodecRootAttribute : Attribute
{
    /// <summary>Names a root type.</summary>
    /// <param name="type">The type.</param>
    public CodecRootAttribute(Type type) => Type = type;

    /// <summary>The root type.</summary>
    public Type Type { get; }
}
