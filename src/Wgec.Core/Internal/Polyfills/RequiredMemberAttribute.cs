#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

// Compiler support netstandard2.0 lacks; net10.0 has it in-box. Written here, not generated, so the
// netstandard2.0 assembly is the same bytes on every build (see Polyfills/README.md).
/// <summary>Marks a <c>required</c> member.</summary>
[System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Struct | System.AttributeTargets.Field | System.AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class RequiredMemberAttribute : System.Attribute
{
}
#endif
