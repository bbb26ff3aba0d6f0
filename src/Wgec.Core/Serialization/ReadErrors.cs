using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Internal;

namespace Wgec.Core.Serialization;

/// <summary>
/// Collects every error found while reading a document, each with its JSON path, so that a
/// reader can report all faults of a document, not only the first.
/// </summary>
internal sealed class ReadErrors
{
    /// <summary>
    /// The most errors recorded for one document. A hostile document could otherwise make the
    /// reader hold (and the exception message list) one error per element of a huge array.
    /// </summary>
    public const int MaxErrors = 100;

    private readonly List<ValidationError> _errors = new();

    /// <summary>Whether any error was recorded.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>The number of errors recorded.</summary>
    public int Count => _errors.Count;

    /// <summary>The errors, in the order found.</summary>
    public ImmutableArray<ValidationError> ToImmutable() => _errors.ToImmutableArray();

    /// <summary>Forgets the errors, so that one collector serves record after record of a stream.</summary>
    public void Clear() => _errors.Clear();

    /// <summary>Records an error.</summary>
    public void Add(string path, string rule, string message)
    {
        if (_errors.Count < MaxErrors)
        {
            _errors.Add(new ValidationError(path, rule, message));
        }
        else if (_errors.Count == MaxErrors)
        {
            _errors.Add(new ValidationError("$", "too-many-errors", $"more than {MaxErrors} errors; reading stopped recording them."));
        }
    }

    /// <summary>The path of a member of the object at <paramref name="path"/>.</summary>
    public static string Member(string path, string name) => path + "." + name;

    /// <summary>
    /// Records what a validating constructor refused: at <paramref name="path"/>, refined by the
    /// exception's location (relative to the constructor's parameters, e.g. <c>tasks[1]</c>) or
    /// parameter name, which are the JSON member names.
    /// </summary>
    public void Record(string path, ArgumentException ex)
    {
        // An empty location says no more than none: fall back to the parameter.
        string? location = ex is DomainValidationException { Location: { Length: > 0 } l } ? l
            : ex.ParamName is { Length: > 0 } p ? Immutable.JsonName(p)
            : null;
        var fullPath = location is null ? path
            : location[0] == '[' ? path + location
            : path + "." + location;
        var rule = ex switch
        {
            DomainValidationException d => d.Rule,
            ArgumentNullException => "required",
            ArgumentOutOfRangeException => "out-of-range",
            _ => "invalid",
        };
        Add(fullPath, rule, MessageWithoutParameter(ex));
    }

    /// <summary>An exception's message without the "(Parameter 'x')" suffix the runtime appends.</summary>
    internal static string MessageWithoutParameter(ArgumentException ex) => ExceptionText.WithoutParameter(ex);
}
