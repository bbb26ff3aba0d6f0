#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

// Compiler support netstandard2.0 lacks; net10.0 has it in-box. Written here, not generated, so the
// netstandard2.0 assembly is the same bytes on every build (see Polyfills/README.md).
/// <summary>Lets the compiler emit <c>init</c> accessors.</summary>
internal static class IsExternalInit
{
}
#endif
