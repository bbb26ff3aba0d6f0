#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

// Compiler support netstandard2.0 lacks; net10.0 has it in-box. Written here, not generated, so the
// netstandard2.0 assembly is the same bytes on every build (see Polyfills/README.md).
/// <summary>Passes the text of another argument, so a guard can name the parameter it rejects.</summary>
[System.AttributeUsage(System.AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
internal sealed class CallerArgumentExpressionAttribute : System.Attribute
{
    public CallerArgumentExpressionAttribute(string parameterName) => ParameterName = parameterName;

    public string ParameterName { get; }
}
#endif
