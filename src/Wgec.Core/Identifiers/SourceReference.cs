using System;

namespace Wgec.Core.Identifiers;

/// <summary>
/// Where a fact comes from: a citation (always) and the public address of the source (when it
/// has one). Records of the real process carry these so every fact can be checked. A fact the
/// source does not state outright carries a <see cref="Derivation"/> saying how it was arrived at.
/// </summary>
/// <remarks>
/// Equality is by content (ordinal citation, absolute address, derivation). Immutable and thread-safe.
/// </remarks>
public sealed class SourceReference : IEquatable<SourceReference>
{
    /// <summary>The longest citation accepted.</summary>
    public const int MaxCitationLength = 500;

    /// <summary>Creates a reference.</summary>
    /// <param name="citation">A short human-readable citation, e.g. "Chair's report to CSTD 17, slide 'The questionnaire'".</param>
    /// <param name="address">The absolute http(s) address of the source, if it is online.</param>
    /// <param name="derivation">How the fact was arrived at when the source does not state it; <see langword="null"/> for a stated fact.</param>
    /// <exception cref="ArgumentException">The citation is blank or too long, or the address is not absolute http(s).</exception>
    public SourceReference(string citation, Uri? address = null, Derivation? derivation = null)
    {
        Preconditions.NotBlank(citation);
        if (citation.Length > MaxCitationLength)
        {
            throw new DomainValidationException("too-long", $"a citation must be at most {MaxCitationLength} characters, not {citation.Length}.", nameof(citation));
        }

        if (address is not null && (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps)))
        {
            throw new DomainValidationException("invalid-address", $"'{address.OriginalString}' is not an absolute http or https address.", nameof(address));
        }

        Citation = citation.Trim();
        Address = address;
        Derivation = derivation;
    }

    /// <summary>The human-readable citation.</summary>
    public string Citation { get; }

    /// <summary>The absolute http(s) address of the source, or <see langword="null"/>.</summary>
    public Uri? Address { get; }

    /// <summary>How the fact was arrived at when the source does not state it, or <see langword="null"/> for a stated fact.</summary>
    public Derivation? Derivation { get; }

    /// <summary>Creates a reference from untrusted input without throwing.</summary>
    /// <param name="citation">The citation.</param>
    /// <param name="address">The address text, or <see langword="null"/>.</param>
    /// <param name="result">The reference, when valid.</param>
    /// <returns>Whether the input is valid.</returns>
    public static bool TryCreate(string? citation, string? address, out SourceReference? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(citation) || citation!.Length > MaxCitationLength)
        {
            return false;
        }

        Uri? uri = null;
        if (address is not null
            && (!Uri.TryCreate(address, UriKind.Absolute, out uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            return false;
        }

        result = new SourceReference(citation, uri);
        return true;
    }

    /// <summary>Returns a copy with another address.</summary>
    /// <param name="address">The new address, or <see langword="null"/> for none.</param>
    /// <returns>A new reference.</returns>
    public SourceReference WithAddress(Uri? address) => new(Citation, address, Derivation);

    /// <summary>Returns a copy that marks its fact as arrived at, not stated.</summary>
    /// <param name="derivation">The mark, or <see langword="null"/> for a stated fact.</param>
    /// <returns>A new reference.</returns>
    public SourceReference WithDerivation(Derivation? derivation) => new(Citation, Address, derivation);

    /// <inheritdoc/>
    public bool Equals(SourceReference? other) =>
        other is not null
        && string.Equals(Citation, other.Citation, StringComparison.Ordinal)
        && string.Equals(Address?.AbsoluteUri, other.Address?.AbsoluteUri, StringComparison.Ordinal)
        && Equals(Derivation, other.Derivation);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourceReference);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Citation),
        Address is null ? 0 : StringComparer.Ordinal.GetHashCode(Address.AbsoluteUri),
        Derivation);

    /// <summary>The citation, then the address in angle brackets when there is one, then the derivation in brackets when there is one.</summary>
    /// <returns>The reference as text.</returns>
    public override string ToString() =>
        (Address is null ? Citation : $"{Citation} <{Address.AbsoluteUri}>") + (Derivation is null ? string.Empty : $" [{Derivation}]");
}
