using System;

namespace Wgec.Core.Serialization.Engine;

/// <summary>
/// Marks the partial class into which Wgec.Core.Generators writes a JSON reader, writer and shape
/// for every type reachable from its <see cref="CodecRootAttribute"/>s.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class GenerateCodecsAttribute : Attribute
{
}
