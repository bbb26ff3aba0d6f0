using System;
using System.Diagnostics.CodeAnalysis;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Catalogue;

/// <summary>
/// The identifier of a raw public-policy item taken from a consultation response, before consolidation.
/// </summary>
/// <remarks>
/// Text of 1–128 ASCII letters, digits, '.', '_', ':' or '-', starting with a letter or digit.
/// Equality and ordering are ordinal on the text. <c>default</c> is not a valid identifier; it
/// compares as the empty string and <see cref="ToString"/> returns "". Immutable and thread-safe.
/// </remarks>
public readonly struct RawItemId : IEquatable<RawItemId>, IComparable<RawItemId>
{
    private readonly string? _value;

    /// <summary>Creates an identifier, validating the text.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="DomainValidationException"><paramref name="value"/> is not a valid identifier.</exception>
    public RawItemId(string value) => _value = IdText.Validate(value, nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses untrusted text without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The identifier, when the text is valid.</param>
    /// <returns>Whether the text is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RawItemId result)
    {
        result = IdText.TryValidate(text, out _) ? new RawItemId(text!) : default;
        return text is not null && result._value is not null;
    }

    /// <inheritdoc/>
    public bool Equals(RawItemId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RawItemId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(RawItemId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The identifier text.</summary>
    /// <returns>The identifier text.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two identifiers are equal.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RawItemId left, RawItemId right) => left.Equals(right);

    /// <summary>Whether two identifiers differ.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RawItemId left, RawItemId right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The ordinal comparison.</returns>
    public static bool operator <(RawItemId left, RawItemId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The ordinal comparison.</returns>
    public static bool operator >(RawItemId left, RawItemId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The ordinal comparison.</returns>
    public static bool operator <=(RawItemId left, RawItemId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>The ordinal comparison.</returns>
    public static bool operator >=(RawItemId left, RawItemId right) => left.CompareTo(right) >= 0;
}
