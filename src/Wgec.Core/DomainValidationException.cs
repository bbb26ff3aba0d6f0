using System;

namespace Wgec.Core;

/// <summary>
/// Thrown when an argument breaks a domain rule of Wgec.Core, for example two sessions of a
/// meeting that overlap. It names the rule, the parameter and, where the fault lies inside a
/// collection, the relative location of the offending element.
/// </summary>
/// <remarks>
/// Derives from <see cref="ArgumentException"/> so that callers who catch argument errors catch
/// it too. Its <see cref="Message"/> is the sentence alone; <see cref="ArgumentException.ParamName"/>
/// and <see cref="Location"/> say where. The JSON layer turns <see cref="Location"/> into a full JSON path.
/// </remarks>
public sealed class DomainValidationException : ArgumentException
{
    private readonly string _message;

    /// <summary>Creates the exception.</summary>
    /// <param name="rule">A short, stable, kebab-case name of the broken rule, e.g. <c>sessions-overlap</c>.</param>
    /// <param name="message">A sentence that says what is wrong.</param>
    /// <param name="paramName">The constructor or method parameter that holds the fault.</param>
    /// <param name="location">
    /// Where the fault is, relative to the object being built, in JSON member names, e.g.
    /// <c>sessions[1]</c>; <see langword="null"/> for the object itself.
    /// </param>
    public DomainValidationException(string rule, string message, string? paramName, string? location = null)
        : base(Internal.Preconditions.NotBlank(message), paramName)
    {
        _message = message;
        Rule = Internal.Preconditions.NotBlank(rule);
        Location = location;
    }

    /// <summary>The sentence that says what is wrong, as given: without the "(Parameter 'x')" suffix the runtime appends to other argument exceptions.</summary>
    public override string Message => _message;

    /// <summary>The kebab-case name of the broken rule.</summary>
    public string Rule { get; }

    /// <summary>The relative JSON location of the fault, or <see langword="null"/> for the object itself.</summary>
    public string? Location { get; }
}
