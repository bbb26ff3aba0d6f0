using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime.Text;

namespace Wgec.Core.Serialization.Engine;

/// <summary>
/// The state of one write: a scratch buffer for NodaTime's patterns (so dates and instants are
/// written without allocating), and the preserved members to put back at their objects. The path
/// is tracked only when there are preserved members to place.
/// </summary>
internal sealed class JsonWriteContext
{
    private readonly Dictionary<string, List<PreservedMember>>? _preserved;
    private readonly int _preservedCount;
    private readonly string _root;
    private readonly List<string>? _path;
    private readonly HashSet<string> _placed = new(StringComparer.Ordinal);
    private int _written;
    private StringBuilder? _text;
    private char[]? _chars;

    /// <summary>A context with nothing to put back.</summary>
    public JsonWriteContext()
        : this("$", ImmutableArray<PreservedMember>.Empty)
    {
    }

    /// <summary>A context that puts <paramref name="preserved"/> back at their paths below <paramref name="root"/>.</summary>
    public JsonWriteContext(string root, ImmutableArray<PreservedMember> preserved)
    {
        _root = root;
        if (!preserved.IsDefaultOrEmpty)
        {
            _preserved = new Dictionary<string, List<PreservedMember>>(StringComparer.Ordinal);
            foreach (var member in preserved)
            {
                if (!_preserved.TryGetValue(member.Path, out var list))
                {
                    _preserved[member.Path] = list = new List<PreservedMember>();
                }

                list.Add(member);
            }

            _preservedCount = preserved.Length;
            _path = new List<string>();
        }
    }

    /// <summary>Steps into a member (tracked only when members are to be put back).</summary>
    public void Enter(string name) => _path?.Add("." + name);

    /// <summary>Steps into an array element.</summary>
    public void EnterIndex(int index) => _path?.Add("[" + index.ToString(CultureInfo.InvariantCulture) + "]");

    /// <summary>Steps back out.</summary>
    public void Exit() => _path?.RemoveAt(_path.Count - 1);

    /// <summary>Writes the preserved members of the current object, before it is closed.</summary>
    public void WritePreserved(Utf8JsonWriter writer)
    {
        if (_preserved is null)
        {
            return;
        }

        var path = _root + string.Concat(_path!);
        if (!_preserved.TryGetValue(path, out var members) || !_placed.Add(path))
        {
            return;
        }

        foreach (var member in members)
        {
            writer.WritePropertyName(member.Name);
            JsonCopy.WriteText(writer, member.Json);
            _written++;
        }
    }

    /// <summary>Fails when a preserved member found no object to go back to: it is never dropped silently.</summary>
    public void CheckAllPlaced()
    {
        if (_preserved is null || _written == _preservedCount)
        {
            return;
        }

        var orphans = _preserved.Where(kv => !_placed.Contains(kv.Key)).SelectMany(kv => kv.Value).ToList();
        throw new InvalidOperationException(
            $"{_preservedCount - _written} preserved member(s) no longer have an object to go back to (first: {orphans[0]}); the model changed since it was read. Remove them (DossierDocument.WithPreservedMembers) before writing.");
    }

    /// <summary>Writes a value through a NodaTime pattern without allocating a string.</summary>
    public void WritePattern<T>(Utf8JsonWriter writer, IPattern<T> pattern, T value)
    {
        var text = _text ??= new StringBuilder(40);
        text.Clear();
        pattern.AppendFormat(value, text);
        var chars = _chars is { } c && c.Length >= text.Length ? c : _chars = new char[Math.Max(40, text.Length)];
        text.CopyTo(0, chars, 0, text.Length);
        writer.WriteStringValue(chars.AsSpan(0, text.Length));
    }
}
