#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis;

// Compiler support netstandard2.0 lacks; net10.0 has it in-box. Written here, not generated, so the
// netstandard2.0 assembly is the same bytes on every build (see Polyfills/README.md).
/// <summary>Says that a constructor sets every <c>required</c> member.</summary>
[System.AttributeUsage(System.AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
internal sealed class SetsRequiredMembersAttribute : System.Attribute
{
}
#endif
