using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Wgec.Core.Serialization;

/// <summary>
/// The version of the dossier format, <c>major.minor</c>. A reader reads every minor version of
/// its own major version (older ones through migrations, newer ones by keeping or rejecting the
/// members it does not know) and rejects any other major version.
/// </summary>
/// <remarks>
/// Ordered by major, then minor. <c>default</c> is 0.0, which is not a valid format version and
/// is never written. Immutable and thread-safe.
/// </remarks>
public readonly struct FormatVersion : IEquatable<FormatVersion>, IComparable<FormatVersion>
{
    /// <summary>Creates a version.</summary>
    /// <param name="major">The major version, at least 1.</param>
    /// <param name="minor">The minor version, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public FormatVersion(int major, int minor)
    {
        Major = Preconditions.InRange(major, nameof(major), 1, 999);
        Minor = Preconditions.InRange(minor, nameof(minor), 0, 999);
    }

    /// <summary>The major version: a change that older readers cannot read.</summary>
    public int Major { get; }

    /// <summary>The minor version: additions that older readers can skip or keep.</summary>
    public int Minor { get; }

    /// <summary>Parses <c>major.minor</c>, e.g. "1.1".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The version.</returns>
    /// <exception cref="FormatException">The text is not <c>major.minor</c> with parts in range.</exception>
    public static FormatVersion Parse(string text)
    {
        Preconditions.NotNull(text);
        return TryParse(text, out var version)
            ? version
            : throw new FormatException($"'{text}' is not a format version: expected major.minor, e.g. \"1.1\", with major 1–999 and minor 0–999.");
    }

    /// <summary>Parses untrusted text without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="version">The version, when valid.</param>
    /// <returns>Whether the text is a valid version.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out FormatVersion version)
    {
        version = default;
        if (text is null)
        {
            return false;
        }

        var dot = text.IndexOf('.');
        if (dot <= 0 || dot > 3 || text.Length - dot - 1 is < 1 or > 3)
        {
            return false;
        }

        if (!TryDigits(text, 0, dot, out var major) || !TryDigits(text, dot + 1, text.Length, out var minor) || major < 1)
        {
            return false;
        }

        version = new FormatVersion(major, minor);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(FormatVersion other) => Major == other.Major && Minor == other.Minor;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FormatVersion other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Major, Minor);

    /// <inheritdoc/>
    public int CompareTo(FormatVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>The version as <c>major.minor</c>.</summary>
    /// <returns>The version text.</returns>
    public override string ToString() => Major.ToString(CultureInfo.InvariantCulture) + "." + Minor.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether two versions are equal.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FormatVersion left, FormatVersion right) => left.Equals(right);

    /// <summary>Whether two versions differ.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FormatVersion left, FormatVersion right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is older than <paramref name="right"/>.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(FormatVersion left, FormatVersion right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is newer than <paramref name="right"/>.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(FormatVersion left, FormatVersion right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is older than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(FormatVersion left, FormatVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is newer than or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(FormatVersion left, FormatVersion right) => left.CompareTo(right) >= 0;

    private static bool TryDigits(string text, int start, int end, out int value)
    {
        value = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9' || (i == start && c == '0' && end - start > 1))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
