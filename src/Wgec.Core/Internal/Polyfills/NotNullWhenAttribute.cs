#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis;

// Compiler support netstandard2.0 lacks; net10.0 has it in-box. Written here, not generated, so the
// netstandard2.0 assembly is the same bytes on every build (see Polyfills/README.md).
/// <summary>The parameter is not null when the method returns <see cref="ReturnValue"/>.</summary>
[System.AttributeUsage(System.AttributeTargets.Parameter, Inherited = false)]
internal sealed class NotNullWhenAttribute : System.Attribute
{
    public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    public bool ReturnValue { get; }
}
#endif
