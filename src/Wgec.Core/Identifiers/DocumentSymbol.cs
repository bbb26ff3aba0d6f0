using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Wgec.Core.Identifiers;

/// <summary>
/// A United Nations document symbol such as <c>A/RES/67/195</c>, <c>E/CN.16/2014/CRP.3</c> or the
/// joint symbol <c>E/2014/31-E/CN.16/2014/4</c>, parsed into its components.
/// </summary>
/// <remarks>
/// <para>
/// Grammar of one symbol: an issuing body and series of one or more '/'-separated components
/// (<c>A</c>, <c>E</c>, <c>S</c>, <c>E/CN.16</c>, <c>A/C.2</c>, <c>A/HRC</c>, …); an optional
/// leading document kind (<c>RES</c>, <c>DEC</c> or <c>PRST</c>); a session (<c>67</c>,
/// <c>ES-10</c>, <c>S-26</c>) or a year (<c>2014</c>); the number, either plain (<c>195</c>) or
/// with a trailing kind (<c>CRP.3</c>, <c>L.5</c>, <c>INF.1</c>, <c>PV.60</c>, <c>SR.20</c>,
/// <c>WP.1</c>, <c>NGO.2</c>, <c>MISC.4</c>); and suffixes (<c>Rev.1</c>, <c>Add.2</c>,
/// <c>Corr.1</c>, <c>Amend.1</c>). Security Council resolutions may also be written
/// <c>S/RES/2118 (2013)</c>: the number with the year in parentheses. A joint symbol joins two or
/// more symbols with '-'. Symbols without a session or year (some conference series such as
/// <c>A/CONF.151/26</c>) are not accepted.
/// </para>
/// <para>
/// Whitespace around separators is removed and letters are normalised to the canonical case
/// (upper case, suffixes as <c>Rev.</c>, <c>Add.</c>, <c>Corr.</c>, <c>Amend.</c>), so
/// <c>" a / Res / 67 / 195 "</c> parses to <c>A/RES/67/195</c>. Equality and ordering are ordinal
/// on the canonical text. <c>default</c> is not a valid symbol: its text and components are empty.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public readonly struct DocumentSymbol : IEquatable<DocumentSymbol>, IComparable<DocumentSymbol>
{
    /// <summary>The longest canonical symbol accepted.</summary>
    public const int MaxLength = 200;

    private static readonly string[] LeadingKinds = ["RES", "DEC", "PRST"];
    private static readonly string[] TrailingKinds = ["CRP", "INF", "L", "PV", "SR", "WP", "NGO", "MISC"];
    private static readonly string[] SuffixNames = ["Rev", "Add", "Corr", "Amend"];

    private readonly SymbolData? _data;

    private DocumentSymbol(SymbolData data) => _data = data;

    /// <summary>
    /// The issuing body and series, e.g. <c>A</c>, <c>E/CN.16</c>; for a joint symbol, of its first part.
    /// </summary>
    public string Body => _data?.Body ?? string.Empty;

    /// <summary>The session, e.g. <c>67</c> or <c>ES-10</c>, or <see langword="null"/> when the symbol carries a year instead.</summary>
    public string? Session => _data?.Session;

    /// <summary>The year, e.g. 2014, or <see langword="null"/> when the symbol carries a session instead.</summary>
    public int? Year => _data?.Year;

    /// <summary>The document kind, e.g. <c>RES</c>, <c>CRP</c>, <c>L</c> (written <c>L.</c> before the number), or <see langword="null"/> for a plain document.</summary>
    public string? Kind => _data?.Kind;

    /// <summary>The document number, e.g. 195 in <c>A/RES/67/195</c> or 3 in <c>E/CN.16/2014/CRP.3</c>; 0 for <c>default</c>.</summary>
    public int Number => _data?.Number ?? 0;

    /// <summary>The suffixes in order, e.g. <c>Rev.1</c>, <c>Add.2</c>; empty when there are none.</summary>
    public ImmutableArray<string> Suffixes => _data?.Suffixes ?? ImmutableArray<string>.Empty;

    /// <summary>Whether this is a joint symbol of two or more documents.</summary>
    public bool IsJoint => _data is { JointParts.IsDefault: false };

    /// <summary>
    /// The parts of a joint symbol in order; a single symbol has itself as its only part;
    /// <c>default</c> has none.
    /// </summary>
    public ImmutableArray<DocumentSymbol> Parts =>
        _data is null ? ImmutableArray<DocumentSymbol>.Empty
        : _data.JointParts.IsDefault ? ImmutableArray.Create(this)
        : _data.JointParts;

    /// <summary>Parses a symbol.</summary>
    /// <param name="text">The symbol text.</param>
    /// <returns>The symbol in canonical form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid symbol; the message names the faulty part.</exception>
    public static DocumentSymbol Parse(string text)
    {
        Preconditions.NotNull(text);
        if (!TryParseCore(text, out var result, out var error))
        {
            throw new FormatException($"'{text}' is not a valid UN document symbol: {error}.");
        }

        return result;
    }

    /// <summary>Parses untrusted text without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The symbol, when the text is valid; otherwise <c>default</c>.</param>
    /// <returns>Whether the text is a valid symbol.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DocumentSymbol result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(text, out result, out _);
    }

    /// <inheritdoc/>
    public bool Equals(DocumentSymbol other) => string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DocumentSymbol other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <inheritdoc/>
    public int CompareTo(DocumentSymbol other) => string.CompareOrdinal(ToString(), other.ToString());

    /// <summary>The canonical text, e.g. <c>E/CN.16/2014/CRP.3</c>; "" for <c>default</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => _data?.Canonical ?? string.Empty;

    /// <summary>Whether two symbols are equal.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DocumentSymbol left, DocumentSymbol right) => left.Equals(right);

    /// <summary>Whether two symbols differ.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DocumentSymbol left, DocumentSymbol right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns>The ordinal comparison of the canonical texts.</returns>
    public static bool operator <(DocumentSymbol left, DocumentSymbol right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns>The ordinal comparison of the canonical texts.</returns>
    public static bool operator >(DocumentSymbol left, DocumentSymbol right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns>The ordinal comparison of the canonical texts.</returns>
    public static bool operator <=(DocumentSymbol left, DocumentSymbol right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns>The ordinal comparison of the canonical texts.</returns>
    public static bool operator >=(DocumentSymbol left, DocumentSymbol right) => left.CompareTo(right) >= 0;

    private static bool TryParseCore(string text, out DocumentSymbol result, out string error)
    {
        result = default;
        if (!TryRemoveWhitespace(text, out var compact, out error))
        {
            return false;
        }

        if (compact.Length == 0)
        {
            error = "the symbol is empty";
            return false;
        }

        if (compact.Length > MaxLength)
        {
            error = $"the symbol must be at most {MaxLength} characters, not {compact.Length}";
            return false;
        }

        var pieces = SplitJoint(compact);
        if (pieces.Count == 1)
        {
            if (!TryParseSingle(pieces[0], out var single, out error))
            {
                return false;
            }

            result = new DocumentSymbol(single);
            return true;
        }

        var parts = ImmutableArray.CreateBuilder<DocumentSymbol>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Length == 0)
            {
                error = $"part {i + 1} of the joint symbol is empty";
                return false;
            }

            if (!TryParseSingle(pieces[i], out var part, out var partError))
            {
                error = $"part {i + 1} of the joint symbol ('{pieces[i]}'): {partError}";
                return false;
            }

            parts.Add(new DocumentSymbol(part));
        }

        var first = parts[0]._data!;
        var canonical = string.Join("-", parts.ToArray());
        result = new DocumentSymbol(new SymbolData(canonical, first.Body, first.Session, first.Year, first.Kind, first.Number, first.Suffixes, parts.MoveToImmutable()));
        error = string.Empty;
        return true;
    }

    /// <summary>Drops whitespace next to a separator; whitespace between two letters or digits is an error.</summary>
    private static bool TryRemoveWhitespace(string text, out string compact, out string error)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
                continue;
            }

            var next = i + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (builder.Length > 0 && next < text.Length && char.IsLetterOrDigit(builder[builder.Length - 1]) && char.IsLetterOrDigit(text[next]))
            {
                compact = string.Empty;
                error = $"whitespace splits a component at position {i} ('{text.Substring(0, i).TrimStart()}…')";
                return false;
            }

            i = next - 1;
        }

        compact = builder.ToString();
        error = string.Empty;
        return true;
    }

    /// <summary>Splits at each '-' that starts a new symbol (followed by a letter, so <c>ES-10</c> stays whole).</summary>
    private static List<string> SplitJoint(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '-' && (i + 1 == text.Length || !IsAsciiDigit(text[i + 1])))
            {
                pieces.Add(text.Substring(start, i - start));
                start = i + 1;
            }
        }

        pieces.Add(text.Substring(start));
        return pieces;
    }

    private static bool TryParseSingle(string text, [NotNullWhen(true)] out SymbolData? data, out string error)
    {
        data = null;
        var segments = text.Split('/');
        for (var s = 0; s < segments.Length; s++)
        {
            if (segments[s].Length == 0)
            {
                error = s == 0 ? "the issuing body is missing (the symbol starts with '/')"
                    : s == segments.Length - 1 ? "the symbol ends with '/'"
                    : $"component {s + 1} is empty ('//')";
                return false;
            }
        }

        var first = segments[0].ToUpperInvariant();
        if (!IsLetters(first, 1, 12))
        {
            error = $"the issuing body '{segments[0]}' must be 1–12 letters, e.g. A, E or S";
            return false;
        }

        var body = new StringBuilder(first);
        var i = 1;
        while (i < segments.Length && IsBodyComponent(segments[i].ToUpperInvariant()))
        {
            body.Append('/').Append(segments[i].ToUpperInvariant());
            i++;
        }

        string? kind = null;
        if (i < segments.Length && Array.IndexOf(LeadingKinds, segments[i].ToUpperInvariant()) >= 0)
        {
            kind = segments[i].ToUpperInvariant();
            i++;
        }

        if (i >= segments.Length)
        {
            error = $"the session or year is missing after '{string.Join("/", segments, 0, i)}'";
            return false;
        }

        string? session = null;
        int? year = null;
        int number;
        var parenthesised = false;
        var upper = segments[i].ToUpperInvariant();
        if (kind is not null && TryParseNumberWithYear(upper, out var n, out var y))
        {
            number = n;
            year = y;
            parenthesised = true;
            i++;
        }
        else
        {
            if (!TryParseSessionOrYear(upper, out session, out year, out error))
            {
                return false;
            }

            i++;
            if (i >= segments.Length)
            {
                error = $"the number is missing after '{string.Join("/", segments, 0, i)}'";
                return false;
            }

            upper = segments[i].ToUpperInvariant();
            if (!TryParseNumberSegment(upper, kind is not null, ref kind, out number, out error))
            {
                return false;
            }

            i++;
        }

        var suffixes = ImmutableArray.CreateBuilder<string>();
        for (; i < segments.Length; i++)
        {
            if (!TryParseSuffix(segments[i], out var suffix, out error))
            {
                return false;
            }

            var name = suffix.Substring(0, suffix.IndexOf('.'));
            foreach (var existing in suffixes)
            {
                if (existing.StartsWith(name + ".", StringComparison.Ordinal))
                {
                    error = $"the suffix '{suffix}' repeats a {name}. suffix";
                    return false;
                }
            }

            suffixes.Add(suffix);
        }

        var canonical = new StringBuilder(body.ToString());
        if (kind is not null && Array.IndexOf(LeadingKinds, kind) >= 0)
        {
            canonical.Append('/').Append(kind);
        }

        if (!parenthesised)
        {
            canonical.Append('/').Append(session ?? year!.Value.ToString(CultureInfo.InvariantCulture));
            canonical.Append('/');
            if (kind is not null && Array.IndexOf(TrailingKinds, kind) >= 0)
            {
                canonical.Append(kind).Append('.');
            }

            canonical.Append(number.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            canonical.Append('/').Append(number.ToString(CultureInfo.InvariantCulture))
                .Append(" (").Append(year!.Value.ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        foreach (var suffix in suffixes)
        {
            canonical.Append('/').Append(suffix);
        }

        data = new SymbolData(canonical.ToString(), body.ToString(), session, year, kind, number, suffixes.ToImmutable(), default);
        error = string.Empty;
        return true;
    }

    private static bool IsBodyComponent(string segment)
    {
        var dot = segment.IndexOf('.');
        var letters = dot < 0 ? segment : segment.Substring(0, dot);
        if (!IsLetters(letters, 1, 12)
            || Array.IndexOf(LeadingKinds, letters) >= 0
            || Array.IndexOf(TrailingKinds, letters) >= 0
            || Array.Exists(SuffixNames, n => string.Equals(n, letters, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return dot < 0 || IsPositiveNumber(segment.Substring(dot + 1), 4);
    }

    private static bool TryParseSessionOrYear(string segment, out string? session, out int? year, out string error)
    {
        session = null;
        year = null;
        error = string.Empty;
        if (IsAsciiDigits(segment) && segment.Length == 4)
        {
            var value = int.Parse(segment, NumberStyles.None, CultureInfo.InvariantCulture);
            if (value is < 1946 or > 2099)
            {
                error = $"the year '{segment}' must lie between 1946 and 2099";
                return false;
            }

            year = value;
            return true;
        }

        if (IsPositiveNumber(segment, 3))
        {
            session = segment;
            return true;
        }

        if ((segment.StartsWith("ES-", StringComparison.Ordinal) && IsPositiveNumber(segment.Substring(3), 3))
            || (segment.StartsWith("S-", StringComparison.Ordinal) && IsPositiveNumber(segment.Substring(2), 3)))
        {
            session = segment;
            return true;
        }

        error = Array.IndexOf(TrailingKinds, KindPart(segment)) >= 0
            ? $"the session or year is missing before the document kind '{segment}'"
            : $"the session or year '{segment}' must be a session (e.g. 67, ES-10, S-26) or a year (e.g. 2014)";
        return false;
    }

    private static bool TryParseNumberSegment(string segment, bool hasLeadingKind, ref string? kind, out int number, out string error)
    {
        number = 0;
        error = string.Empty;
        var dot = segment.IndexOf('.');
        if (dot > 0 && !hasLeadingKind)
        {
            var kindText = segment.Substring(0, dot);
            if (Array.IndexOf(TrailingKinds, kindText) < 0)
            {
                error = $"the document kind '{kindText}' is not known (expected one of {string.Join(", ", TrailingKinds)})";
                return false;
            }

            var numberText = segment.Substring(dot + 1);
            if (!IsPositiveNumber(numberText, 5))
            {
                error = $"the number '{numberText}' of the document kind {kindText}. must be a positive whole number without leading zeros";
                return false;
            }

            kind = kindText;
            number = int.Parse(numberText, NumberStyles.None, CultureInfo.InvariantCulture);
            return true;
        }

        if (Array.IndexOf(LeadingKinds, segment) >= 0)
        {
            error = $"the document kind '{segment}' must come before the session or year";
            return false;
        }

        if (!IsPositiveNumber(segment, 5))
        {
            error = $"the number '{segment}' must be a positive whole number of at most 5 digits without leading zeros";
            return false;
        }

        number = int.Parse(segment, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    private static bool TryParseNumberWithYear(string segment, out int number, out int year)
    {
        number = 0;
        year = 0;
        var open = segment.IndexOf('(');
        if (open <= 0 || segment[segment.Length - 1] != ')')
        {
            return false;
        }

        var numberText = segment.Substring(0, open);
        var yearText = segment.Substring(open + 1, segment.Length - open - 2);
        if (!IsPositiveNumber(numberText, 5) || yearText.Length != 4 || !IsAsciiDigits(yearText))
        {
            return false;
        }

        number = int.Parse(numberText, NumberStyles.None, CultureInfo.InvariantCulture);
        year = int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture);
        return year is >= 1946 and <= 2099;
    }

    private static bool TryParseSuffix(string segment, out string suffix, out string error)
    {
        suffix = string.Empty;
        var dot = segment.IndexOf('.');
        var nameText = dot < 0 ? segment : segment.Substring(0, dot);
        var name = Array.Find(SuffixNames, n => string.Equals(n, nameText, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            error = $"the suffix '{segment}' must be Rev.n, Add.n, Corr.n or Amend.n";
            return false;
        }

        var numberText = dot < 0 ? string.Empty : segment.Substring(dot + 1);
        if (!IsPositiveNumber(numberText, 3))
        {
            error = $"the suffix '{segment}' needs a positive number after '{name}.'";
            return false;
        }

        suffix = name + "." + numberText;
        error = string.Empty;
        return true;
    }

    private static string KindPart(string segment)
    {
        var dot = segment.IndexOf('.');
        return dot < 0 ? segment : segment.Substring(0, dot);
    }

    private static bool IsLetters(string text, int min, int max)
    {
        if (text.Length < min || text.Length > max)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPositiveNumber(string text, int maxDigits) =>
        text.Length > 0 && text.Length <= maxDigits && IsAsciiDigits(text) && text[0] != '0';

    private static bool IsAsciiDigits(string text)
    {
        foreach (var c in text)
        {
            if (!IsAsciiDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private sealed class SymbolData
    {
        internal SymbolData(string canonical, string body, string? session, int? year, string? kind, int number, ImmutableArray<string> suffixes, ImmutableArray<DocumentSymbol> jointParts)
        {
            Canonical = canonical;
            Body = body;
            Session = session;
            Year = year;
            Kind = kind;
            Number = number;
            Suffixes = suffixes;
            JointParts = jointParts;
        }

        internal string Canonical { get; }

        internal string Body { get; }

        internal string? Session { get; }

        internal int? Year { get; }

        internal string? Kind { get; }

        internal int Number { get; }

        internal ImmutableArray<string> Suffixes { get; }

        internal ImmutableArray<DocumentSymbol> JointParts { get; }
    }
}
