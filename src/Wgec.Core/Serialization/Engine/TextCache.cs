using System;

namespace Wgec.Core.Serialization.Engine;

/// <summary>
/// The strings of short, unescaped UTF-8 values read in one document, by their bytes: a value
/// seen again (an identifier on every position) costs a comparison, not a string. A fixed table,
/// so a hostile document of distinct values only keeps replacing slots.
/// </summary>
internal sealed class TextCache
{
    /// <summary>The longest value (in bytes) the cache holds.</summary>
    public const int MaxLength = 48;

    private const int Size = 1024;

    private readonly byte[]?[] _keys = new byte[]?[Size];
    private readonly string?[] _values = new string?[Size];

    /// <summary>The string of <paramref name="utf8"/>, or null when the bytes are not valid UTF-8.</summary>
    public string? Get(ReadOnlySpan<byte> utf8)
    {
        var hash = 17;
        foreach (var b in utf8)
        {
            hash = unchecked((hash * 31) + b);
        }

        var slot = (hash & 0x7fffffff) % Size;
        if (_keys[slot] is { } key && utf8.SequenceEqual(key))
        {
            return _values[slot];
        }

        if (!Utf8Text.IsValid(utf8))
        {
            return null;
        }

        var text = Utf8Text.GetString(utf8);
        _keys[slot] = utf8.ToArray();
        _values[slot] = text;
        return text;
    }
}
