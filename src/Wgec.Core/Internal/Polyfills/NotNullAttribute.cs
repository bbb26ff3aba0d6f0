#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis;

// Compiler support netstandard2.0 lacks; net10.0 has it in-box. Written here, not generated, so the
// netstandard2.0 assembly is the same bytes on every build (see Polyfills/README.md).
/// <summary>The value is not null when the member returns: an argument check's parameter.</summary>
[System.AttributeUsage(System.AttributeTargets.Field | System.AttributeTargets.Parameter | System.AttributeTargets.Property | System.AttributeTargets.ReturnValue, Inherited = false)]
internal sealed class NotNullAttribute : System.Attribute
{
}
#endif
