using System;

namespace Wgec.Core.Serialization;

/// <summary>Limits for reading a stream of responses from untrusted input.</summary>
/// <remarks>Equality is by content. Immutable and thread-safe; <see cref="Default"/> is the baseline.</remarks>
public sealed class ResponseReadOptions : IEquatable<ResponseReadOptions>
{
    /// <summary>The default limit on one record: 1 MiB, far above any real response, far below what exhausts memory.</summary>
    public const int DefaultMaxRecordBytes = 1024 * 1024;

    /// <summary>Creates options.</summary>
    /// <param name="maxRecordBytes">
    /// The longest record accepted, in bytes of UTF-8: a line of JSON Lines without its line break, or
    /// one element of a JSON array (16 bytes to 1 GiB). A longer record is a bad record; the reader
    /// skips it without holding it.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">The limit is out of range.</exception>
    public ResponseReadOptions(int maxRecordBytes = DefaultMaxRecordBytes)
    {
        MaxRecordBytes = Preconditions.InRange(maxRecordBytes, nameof(maxRecordBytes), 16, 1024 * 1024 * 1024);
    }

    /// <summary>The baseline: records of 1 MiB at most.</summary>
    public static ResponseReadOptions Default { get; } = new();

    /// <summary>The longest record accepted, in bytes.</summary>
    public int MaxRecordBytes { get; }

    /// <inheritdoc/>
    public bool Equals(ResponseReadOptions? other) => other is not null && MaxRecordBytes == other.MaxRecordBytes;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ResponseReadOptions);

    /// <inheritdoc/>
    public override int GetHashCode() => MaxRecordBytes;
}
