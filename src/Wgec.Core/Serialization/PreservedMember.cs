using System;

namespace Wgec.Core.Serialization;

/// <summary>
/// A JSON member that the reader's format version does not define, kept unchanged when reading
/// with <see cref="UnknownMembers.Preserve"/> and written back at the same place.
/// </summary>
/// <remarks>Equality is by content (ordinal). Immutable and thread-safe.</remarks>
public sealed class PreservedMember : IEquatable<PreservedMember>
{
    /// <summary>Creates a preserved member.</summary>
    /// <param name="path">The JSON path of the object that held the member, e.g. <c>$.dossier.meetings[0]</c>.</param>
    /// <param name="name">The member's name.</param>
    /// <param name="json">The member's value as compact JSON text.</param>
    /// <exception cref="ArgumentException">The path does not start with '$', or the value is blank.</exception>
    public PreservedMember(string path, string name, string json)
    {
        Preconditions.NotBlank(path);
        if (path[0] != '$')
        {
            throw new DomainValidationException("invalid-path", $"'{path}' is not a JSON path starting with '$'.", nameof(path));
        }

        Path = path;
        Name = Preconditions.NotNull(name);
        Json = Preconditions.NotBlank(json);
    }

    /// <summary>The JSON path of the object that held the member.</summary>
    public string Path { get; }

    /// <summary>The member's name.</summary>
    public string Name { get; }

    /// <summary>The member's value as compact JSON text.</summary>
    public string Json { get; }

    /// <inheritdoc/>
    public bool Equals(PreservedMember? other) =>
        other is not null
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Json, other.Json, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PreservedMember);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Path), StringComparer.Ordinal.GetHashCode(Name), StringComparer.Ordinal.GetHashCode(Json));

    /// <summary>The member as <c>path.name = json</c>.</summary>
    /// <returns>The member as text.</returns>
    public override string ToString() => $"{Path}.{Name} = {Json}";
}
