using System;

namespace Wgec.Core.Serialization;

/// <summary>
/// One fault found while reading or validating a document: where it is (a JSON path), which
/// rule it breaks, and a sentence that says what is wrong.
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class ValidationError : IEquatable<ValidationError>
{
    /// <summary>Creates an error.</summary>
    /// <param name="path">The JSON path of the fault, e.g. <c>$.meetings[2].sessions[0]</c>.</param>
    /// <param name="rule">The kebab-case name of the broken rule, e.g. <c>sessions-overlap</c>.</param>
    /// <param name="message">What is wrong.</param>
    public ValidationError(string path, string rule, string message)
    {
        Path = Preconditions.NotBlank(path);
        Rule = Preconditions.NotBlank(rule);
        Message = Preconditions.NotBlank(message);
    }

    /// <summary>The JSON path of the fault.</summary>
    public string Path { get; }

    /// <summary>The kebab-case name of the broken rule.</summary>
    public string Rule { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(ValidationError? other) =>
        other is not null
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValidationError);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Path),
        StringComparer.Ordinal.GetHashCode(Rule),
        StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>The error as one line: <c>path: message</c>.</summary>
    /// <returns>The error as one line.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
