using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Meetings;

/// <summary>
/// A document made available for a meeting: a title, and when known its UN symbol, its address
/// and its page count (e.g. the contributions of the respondents, 1,000 pages).
/// </summary>
/// <remarks>Equality is by content. Immutable and thread-safe.</remarks>
public sealed class Resource : IEquatable<Resource>
{
    /// <summary>Creates a resource.</summary>
    /// <param name="title">The title or a description.</param>
    /// <param name="symbol">The UN document symbol, when it has one.</param>
    /// <param name="address">The absolute http(s) address, when it is online.</param>
    /// <param name="pageCount">The number of pages, when known; at least 1.</param>
    /// <param name="sources">Where the facts come from; may be empty.</param>
    /// <exception cref="ArgumentException">The title is blank, the symbol default, the address not http(s), or the page count below 1.</exception>
    public Resource(string title, DocumentSymbol? symbol = null, Uri? address = null, int? pageCount = null, IEnumerable<SourceReference>? sources = null)
    {
        Title = Internal.DomainText.Required(title, nameof(title));
        if (symbol == default(DocumentSymbol))
        {
            throw new DomainValidationException("required", "symbol must be null or a parsed symbol, not the default value.", nameof(symbol));
        }

        if (address is not null && (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps)))
        {
            throw new DomainValidationException("invalid-address", $"'{address.OriginalString}' is not an absolute http or https address.", nameof(address));
        }

        if (pageCount is < 1)
        {
            throw new DomainValidationException("out-of-range", $"pageCount must be at least 1, not {pageCount}.", nameof(pageCount));
        }

        Symbol = symbol;
        Address = address;
        PageCount = pageCount;
        Sources = Immutable.ToArrayOrEmpty(sources, nameof(sources));
    }

    /// <summary>The title or a description.</summary>
    public string Title { get; }

    /// <summary>The UN document symbol, or <see langword="null"/>.</summary>
    public DocumentSymbol? Symbol { get; }

    /// <summary>The absolute http(s) address, or <see langword="null"/>.</summary>
    public Uri? Address { get; }

    /// <summary>The number of pages, or <see langword="null"/>.</summary>
    public int? PageCount { get; }

    /// <summary>Where the facts come from.</summary>
    public ImmutableArray<SourceReference> Sources { get; }

    /// <inheritdoc/>
    public bool Equals(Resource? other) =>
        other is not null
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Symbol == other.Symbol
        && string.Equals(Address?.AbsoluteUri, other.Address?.AbsoluteUri, StringComparison.Ordinal)
        && PageCount == other.PageCount
        && Immutable.SequenceEqual(Sources, other.Sources);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Resource);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Title), Symbol, Address is null ? 0 : StringComparer.Ordinal.GetHashCode(Address.AbsoluteUri), PageCount, Immutable.SequenceHash(Sources));

    /// <summary>The title, with the symbol and page count when known.</summary>
    /// <returns>The resource as text.</returns>
    public override string ToString() =>
        Title + (Symbol is { } s ? $" ({s})" : string.Empty) + (PageCount is { } p ? $", {p} pages" : string.Empty);
}
