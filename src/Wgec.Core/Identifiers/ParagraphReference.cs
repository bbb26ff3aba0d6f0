using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Wgec.Core.Identifiers;

/// <summary>
/// A pointer to one paragraph or a run of paragraphs of a document: "Tunis Agenda ¶69",
/// "Tunis Agenda ¶69–71" or "A/RES/67/195 ¶20". The document is a UN document symbol or the
/// name of an instrument that has no symbol in common use.
/// </summary>
/// <remarks>
/// The text form is the document, a space, '¶' and the paragraph number or range (an en dash, or
/// '-' on input). A document name that parses as a <see cref="DocumentSymbol"/> is held as that
/// symbol. Equality and ordering are ordinal on the canonical text. <c>default</c> is not a valid
/// reference: its text is "" and its paragraphs are 0. Immutable and thread-safe.
/// </remarks>
public readonly struct ParagraphReference : IEquatable<ParagraphReference>, IComparable<ParagraphReference>
{
    /// <summary>The longest instrument name accepted.</summary>
    public const int MaxInstrumentLength = 200;

    private const char Pilcrow = '\u00B6';
    private const char EnDash = '\u2013';
    private const string PilcrowText = "\u00B6";

    private readonly string? _instrument;
    private readonly DocumentSymbol _symbol;

    /// <summary>Creates a reference to paragraphs of a document with a UN symbol.</summary>
    /// <param name="symbol">The document symbol; not <c>default</c>.</param>
    /// <param name="firstParagraph">The first paragraph referred to; at least 1.</param>
    /// <param name="lastParagraph">The last paragraph of a range, or <see langword="null"/> for one paragraph.</param>
    /// <exception cref="ArgumentException">The symbol is <c>default</c> or the paragraphs are not a valid range.</exception>
    public ParagraphReference(DocumentSymbol symbol, int firstParagraph, int? lastParagraph)
    {
        if (symbol == default)
        {
            throw new DomainValidationException("required", "a paragraph reference needs a document symbol, not the default value.", nameof(symbol));
        }

        _symbol = symbol;
        _instrument = null;
        (FirstParagraph, LastParagraph) = CheckRange(firstParagraph, lastParagraph);
    }

    /// <summary>Creates a reference to paragraphs of a named instrument, e.g. "Tunis Agenda".</summary>
    /// <param name="document">The instrument's name, or a UN document symbol (which is then held as a symbol).</param>
    /// <param name="firstParagraph">The first paragraph referred to; at least 1.</param>
    /// <param name="lastParagraph">The last paragraph of a range, or <see langword="null"/> for one paragraph.</param>
    /// <exception cref="ArgumentException">The name is blank, too long or holds '¶', or the paragraphs are not a valid range.</exception>
    public ParagraphReference(string document, int firstParagraph, int? lastParagraph)
    {
        Preconditions.NotBlank(document);
        var name = document.Trim();
        if (name.Length > MaxInstrumentLength)
        {
            throw new DomainValidationException("too-long", $"a document name must be at most {MaxInstrumentLength} characters, not {name.Length}.", nameof(document));
        }

        if (name.Contains(PilcrowText))
        {
            throw new DomainValidationException("invalid-document-name", $"the document name '{name}' must not contain '¶'.", nameof(document));
        }

        if (DocumentSymbol.TryParse(name, out var symbol))
        {
            _symbol = symbol;
            _instrument = null;
        }
        else
        {
            _symbol = default;
            _instrument = name;
        }

        (FirstParagraph, LastParagraph) = CheckRange(firstParagraph, lastParagraph);
    }

    /// <summary>The document symbol, or <see langword="null"/> when the document is a named instrument.</summary>
    public DocumentSymbol? Symbol => _symbol == default ? null : _symbol;

    /// <summary>The instrument name, or <see langword="null"/> when the document has a symbol.</summary>
    public string? Instrument => _instrument;

    /// <summary>The document as text: the symbol or the instrument name.</summary>
    public string Document => _instrument ?? _symbol.ToString();

    /// <summary>The first paragraph referred to.</summary>
    public int FirstParagraph { get; }

    /// <summary>The last paragraph referred to; equal to <see cref="FirstParagraph"/> for a single paragraph.</summary>
    public int LastParagraph { get; }

    /// <summary>Parses text such as "Tunis Agenda ¶69–71" or "A/RES/67/195 ¶20".</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid reference; the message says why.</exception>
    public static ParagraphReference Parse(string text)
    {
        Preconditions.NotNull(text);
        if (!TryParseCore(text, out var result, out var error))
        {
            throw new FormatException($"'{text}' is not a valid paragraph reference: {error}.");
        }

        return result;
    }

    /// <summary>Parses untrusted text without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The reference, when valid; otherwise <c>default</c>.</param>
    /// <returns>Whether the text is a valid reference.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ParagraphReference result)
    {
        result = default;
        return text is not null && TryParseCore(text, out result, out _);
    }

    /// <inheritdoc/>
    public bool Equals(ParagraphReference other) => string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ParagraphReference other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <inheritdoc/>
    public int CompareTo(ParagraphReference other) => string.CompareOrdinal(ToString(), other.ToString());

    /// <summary>The canonical text, e.g. "Tunis Agenda ¶69–71"; "" for <c>default</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString()
    {
        if (FirstParagraph == 0)
        {
            return string.Empty;
        }

        var first = FirstParagraph.ToString(CultureInfo.InvariantCulture);
        return LastParagraph == FirstParagraph
            ? $"{Document} {Pilcrow}{first}"
            : $"{Document} {Pilcrow}{first}{EnDash}{LastParagraph.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>Whether two references are equal.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ParagraphReference left, ParagraphReference right) => left.Equals(right);

    /// <summary>Whether two references differ.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ParagraphReference left, ParagraphReference right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>The ordinal comparison of the canonical texts.</returns>
    public static bool operator <(ParagraphReference left, ParagraphReference right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>The ordinal comparison of the canonical texts.</returns>
    public static bool operator >(ParagraphReference left, ParagraphReference right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>The ordinal comparison of the canonical texts.</returns>
    public static bool operator <=(ParagraphReference left, ParagraphReference right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns>The ordinal comparison of the canonical texts.</returns>
    public static bool operator >=(ParagraphReference left, ParagraphReference right) => left.CompareTo(right) >= 0;

    private static (int First, int Last) CheckRange(int firstParagraph, int? lastParagraph)
    {
        var first = firstParagraph;
        var last = lastParagraph;
        if (first < 1)
        {
            throw new DomainValidationException("paragraph-range", $"the first paragraph must be at least 1, not {first}.", nameof(firstParagraph));
        }

        if (last is { } l && l < first)
        {
            throw new DomainValidationException("paragraph-range", $"the last paragraph ({l}) must not come before the first ({first}).", nameof(lastParagraph));
        }

        return (first, last ?? first);
    }

    private static bool TryParseCore(string text, out ParagraphReference result, out string error)
    {
        result = default;
        var mark = text.LastIndexOf(Pilcrow);
        if (mark < 0)
        {
            error = "the paragraph mark '¶' is missing";
            return false;
        }

        var document = text.Substring(0, mark).Trim();
        if (document.Length == 0)
        {
            error = "the document before '¶' is missing";
            return false;
        }

        if (document.Length > MaxInstrumentLength || document.Contains(PilcrowText))
        {
            error = $"the document '{document}' must be at most {MaxInstrumentLength} characters without '¶'";
            return false;
        }

        var range = text.Substring(mark + 1).Trim();
        var dash = range.IndexOf(EnDash);
        if (dash < 0)
        {
            dash = range.IndexOf('-');
        }

        var firstText = dash < 0 ? range : range.Substring(0, dash).Trim();
        var lastText = dash < 0 ? null : range.Substring(dash + 1).Trim();
        if (!TryParseParagraph(firstText, out var first) || first < 1)
        {
            error = $"the paragraph '{firstText}' must be a whole number of at least 1";
            return false;
        }

        int? last = null;
        if (lastText is not null)
        {
            if (!TryParseParagraph(lastText, out var l) || l < first)
            {
                error = $"the last paragraph '{lastText}' must be a whole number not below {first}";
                return false;
            }

            last = l;
        }

        result = new ParagraphReference(document, first, last);
        error = string.Empty;
        return true;
    }

    private static bool TryParseParagraph(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 6)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }
}
