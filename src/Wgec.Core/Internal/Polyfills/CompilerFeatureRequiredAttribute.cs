#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

// Compiler support netstandard2.0 lacks; net10.0 has it in-box. Written here, not generated, so the
// netstandard2.0 assembly is the same bytes on every build (see Polyfills/README.md).
/// <summary>Names a compiler feature a member needs (e.g. <c>required</c> members).</summary>
[System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true, Inherited = false)]
internal sealed class CompilerFeatureRequiredAttribute : System.Attribute
{
    public CompilerFeatureRequiredAttribute(string featureName) => FeatureName = featureName;

    public string FeatureName { get; }

    // The BCL's settable IsOptional is left out: the compiler only calls the constructor, and an
    // init accessor has no place in this library.
}
#endif
