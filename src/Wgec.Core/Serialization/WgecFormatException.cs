using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;

namespace Wgec.Core.Serialization;

/// <summary>
/// Thrown when a JSON document is well-formed but breaks a rule of the Wgec.Core model. It
/// carries every error found, each with its JSON path.
/// </summary>
/// <remarks>
/// Derives from <see cref="JsonException"/>, so one <c>catch (JsonException)</c> covers both
/// malformed JSON and invalid content. <see cref="JsonException.Path"/> is the first error's path.
/// </remarks>
public sealed class WgecFormatException : JsonException
{
    /// <summary>Creates the exception from the errors found.</summary>
    /// <param name="errors">The errors; at least one.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public WgecFormatException(IEnumerable<ValidationError> errors)
        : this(Preconditions.NotNull(errors).ToImmutableArray())
    {
    }

    private WgecFormatException(ImmutableArray<ValidationError> errors)
        : base(Describe(errors), errors.IsEmpty ? "$" : errors[0].Path, null, null)
    {
        Errors = errors;
    }

    /// <summary>Every error found, in document order.</summary>
    public ImmutableArray<ValidationError> Errors { get; }

    private static string Describe(ImmutableArray<ValidationError> errors) =>
        errors.IsEmpty
            ? "The document is invalid."
            : errors.Length == 1
                ? errors[0].ToString()
                : $"{errors.Length} errors: " + string.Join("; ", errors.Select(e => e.ToString()));
}
