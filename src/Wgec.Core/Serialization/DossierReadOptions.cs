using System;

namespace Wgec.Core.Serialization;

/// <summary>Limits and policies for reading a dossier from untrusted input.</summary>
/// <remarks>Equality is by content. Immutable and thread-safe; <see cref="Default"/> is the strict baseline.</remarks>
public sealed class DossierReadOptions : IEquatable<DossierReadOptions>
{
    /// <summary>The default input-size limit: 32 MiB. Large consultations stream their responses instead.</summary>
    public const long DefaultMaxInputBytes = 32L * 1024 * 1024;

    /// <summary>Creates options.</summary>
    /// <param name="maxInputBytes">The largest input accepted, in bytes (1 byte to 2 GiB).</param>
    /// <param name="unknownMembers">What to do with members the format version does not define.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public DossierReadOptions(long maxInputBytes = DefaultMaxInputBytes, UnknownMembers unknownMembers = UnknownMembers.Reject)
    {
        MaxInputBytes = Preconditions.InRange(maxInputBytes, nameof(maxInputBytes), 1L, int.MaxValue);
        UnknownMembers = Preconditions.Defined(unknownMembers);
    }

    /// <summary>The strict baseline: 32 MiB at most, unknown members rejected.</summary>
    public static DossierReadOptions Default { get; } = new();

    /// <summary>The largest input accepted, in bytes.</summary>
    public long MaxInputBytes { get; }

    /// <summary>What to do with members the format version does not define.</summary>
    public UnknownMembers UnknownMembers { get; }

    /// <summary>Returns a copy with another size limit.</summary>
    /// <param name="maxInputBytes">The largest input accepted, in bytes.</param>
    /// <returns>New options.</returns>
    public DossierReadOptions WithMaxInputBytes(long maxInputBytes) => new(maxInputBytes, UnknownMembers);

    /// <summary>Returns a copy with another unknown-member policy.</summary>
    /// <param name="unknownMembers">The policy.</param>
    /// <returns>New options.</returns>
    public DossierReadOptions WithUnknownMembers(UnknownMembers unknownMembers) => new(MaxInputBytes, unknownMembers);

    /// <inheritdoc/>
    public bool Equals(DossierReadOptions? other) =>
        other is not null && MaxInputBytes == other.MaxInputBytes && UnknownMembers == other.UnknownMembers;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DossierReadOptions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MaxInputBytes, UnknownMembers);
}
