using System;
using System.Collections.Immutable;
using Wgec.Core.Internal;

namespace Wgec.Core.Process;

/// <summary>
/// One task a working group's mandate gives it, as data: a short key and the task in the mandate's
/// own terms, e.g. <c>makeRecommendations</c>, "develop recommendations on how to further implement
/// enhanced cooperation". The four tasks of A/RES/67/195 are <see cref="SeekInputs"/>,
/// <see cref="CompileInputs"/>, <see cref="ReviewInputs"/> and <see cref="MakeRecommendations"/>.
/// </summary>
/// <remarks>
/// A mandate holds each key once. Equality is by content (key and description, ordinal).
/// Immutable and thread-safe.
/// </remarks>
public sealed class MandateTask : IEquatable<MandateTask>
{
    /// <summary>The longest key accepted.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>Creates a task.</summary>
    /// <param name="key">A short key, unique within the mandate: letters, digits and hyphens, starting with a letter, e.g. <c>seekInputs</c>.</param>
    /// <param name="description">The task in the mandate's terms, lower-case as it reads after "Its tasks:".</param>
    /// <exception cref="ArgumentException">The key is blank, too long or holds other characters, or the description is blank.</exception>
    public MandateTask(string key, string description)
    {
        Preconditions.NotBlank(key);
        if (key.Length > MaxKeyLength || !char.IsLetter(key[0]) || !IsKey(key))
        {
            throw new DomainValidationException("invalid-task-key", $"the task key '{key}' must start with a letter and hold only letters, digits and hyphens (at most {MaxKeyLength}).", nameof(key));
        }

        Key = key;
        Description = DomainText.Required(description, nameof(description));
    }

    /// <summary>A/RES/67/195's first task: seek inputs from all Member States and all other stakeholders.</summary>
    public static MandateTask SeekInputs { get; } = new("seekInputs", "seek inputs from all Member States and all other stakeholders");

    /// <summary>A/RES/67/195's second task: compile the inputs.</summary>
    public static MandateTask CompileInputs { get; } = new("compileInputs", "compile the inputs");

    /// <summary>A/RES/67/195's third task: review the inputs.</summary>
    public static MandateTask ReviewInputs { get; } = new("reviewInputs", "review the inputs");

    /// <summary>A/RES/67/195's fourth task: make recommendations on how to fully implement the mandate.</summary>
    public static MandateTask MakeRecommendations { get; } = new("makeRecommendations", "make recommendations on how to fully implement the mandate");

    /// <summary>
    /// The four tasks of A/RES/67/195, which format 1.0 and 1.1 documents name by their keys; a 1.2
    /// reader reads such a name as the task here.
    /// </summary>
    public static ImmutableArray<MandateTask> Wgec2013Tasks { get; } = [SeekInputs, CompileInputs, ReviewInputs, MakeRecommendations];

    /// <summary>The key, unique within a mandate.</summary>
    public string Key { get; }

    /// <summary>The task in the mandate's terms.</summary>
    public string Description { get; }

    /// <inheritdoc/>
    public bool Equals(MandateTask? other) =>
        other is not null
        && string.Equals(Key, other.Key, StringComparison.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MandateTask);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Key), StringComparer.Ordinal.GetHashCode(Description));

    /// <summary>The key and the description.</summary>
    /// <returns>The task as text.</returns>
    public override string ToString() => $"{Key}: {Description}";

    private static bool IsKey(string key)
    {
        foreach (var ch in key)
        {
            if (!(ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
