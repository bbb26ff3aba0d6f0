using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Wgec.Core.Identifiers;
using Wgec.Core.Internal;

namespace Wgec.Core.Serialization.Engine;

/// <summary>
/// The state of one read: where the reader is (a stack of path segments, turned into a string only
/// when an error is recorded), every error found, the document's format version and what to do
/// with members the version does not define.
/// </summary>
/// <remarks>
/// Every generated reader is called with the reader on the first token of its value and leaves it
/// on the last token of that value, whatever it found, so that a fault in one member never stops
/// the siblings from being read and checked.
/// </remarks>
internal sealed class JsonReadContext
{
    private readonly ReadErrors _errors;
    private readonly string _root;
    private Segment[] _path = new Segment[16];
    private int _depth;
    private List<PreservedMember>? _preserved;
    private ByteBuffer? _scratch;
    private TextCache? _texts;

    /// <summary>Creates a context.</summary>
    /// <param name="errors">Where errors go.</param>
    /// <param name="root">The JSON path of the value read, e.g. <c>$.dossier</c>.</param>
    /// <param name="unknownMembers">What to do with members the format does not define.</param>
    /// <param name="version">The format version of the document.</param>
    /// <param name="current">The format version this library writes.</param>
    public JsonReadContext(ReadErrors errors, string root, UnknownMembers unknownMembers, FormatVersion version, FormatVersion current)
    {
        _errors = errors;
        _root = root;
        UnknownMembers = unknownMembers;
        Version = version;
        Current = current;
    }

    /// <summary>What to do with members the format does not define.</summary>
    public UnknownMembers UnknownMembers { get; }

    /// <summary>The strings of short values already read, so a repeated identifier is one string.</summary>
    public TextCache Texts => _texts ??= new TextCache();

    /// <summary>The document's format version.</summary>
    public FormatVersion Version { get; }

    /// <summary>The format version this library writes.</summary>
    public FormatVersion Current { get; }

    /// <summary>Whether the document is format 1.0, which cited one <c>source</c> string per record.</summary>
    public bool IsVersion10 => Version.Major == 1 && Version.Minor == 0;

    /// <summary>The errors.</summary>
    public ReadErrors Errors => _errors;

    /// <summary>The members kept under <see cref="UnknownMembers.Preserve"/>, in document order.</summary>
    public ImmutableArray<PreservedMember> Preserved => _preserved is null ? ImmutableArray<PreservedMember>.Empty : _preserved.ToImmutableArray();

    /// <summary>
    /// Forgets the errors and the path, keeping the text cache, so that one context reads record
    /// after record of a stream (a record cut short by malformed JSON leaves its path behind).
    /// </summary>
    public void Reset()
    {
        _errors.Clear();
        _depth = 0;
    }

    /// <summary>Steps into a member.</summary>
    public void Enter(string name) => Push(new Segment(name, -1));

    /// <summary>Steps into an array element.</summary>
    public void EnterIndex(int index) => Push(new Segment(null, index));

    /// <summary>Steps back out.</summary>
    public void Exit() => _depth--;

    /// <summary>The JSON path of where the reader is.</summary>
    public string Path()
    {
        var text = new StringBuilder(_root);
        for (var i = 0; i < _depth; i++)
        {
            var segment = _path[i];
            if (segment.Name is null)
            {
                text.Append('[').Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                text.Append('.').Append(segment.Name);
            }
        }

        return text.ToString();
    }

    /// <summary>Records an error at the current path.</summary>
    public void Error(string rule, string message) => _errors.Add(Path(), rule, message);

    /// <summary>Records an error at a member of the current object.</summary>
    public void ErrorAtMember(string name, string rule, string message) => _errors.Add(ReadErrors.Member(Path(), name), rule, message);

    /// <summary>Records what a validating constructor refused, at the member it names.</summary>
    public void Invalid(ArgumentException exception) => _errors.Record(Path(), exception);

    /// <summary>
    /// Checks that the value is an object. Anything else is an error (and is skipped) and the
    /// caller returns without a value.
    /// </summary>
    public bool BeginObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        JsonRead.WrongToken(ref reader, this, "an object");
        return false;
    }

    /// <summary>
    /// Moves to the next member name of the current object; false at its end. A name that is not
    /// valid text (invalid UTF-8, a lone surrogate escape) is an error, and its value is skipped.
    /// </summary>
    public bool NextMember(ref Utf8JsonReader reader)
    {
        while (true)
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                return false;
            }

            if (!reader.ValueIsEscaped || JsonRead.TryGetText(ref reader, out _))
            {
                return true;
            }

            Error("invalid-text", "a member name is not valid text: " + JsonRead.TextFault(ref reader) + ".");
            reader.Read();
            reader.Skip();
        }
    }

    /// <summary>How many errors were recorded so far: an object whose members added one is not built.</summary>
    public int ErrorCount => _errors.Count;

    /// <summary>How many members were kept so far.</summary>
    public int PreservedCount => _preserved?.Count ?? 0;

    /// <summary>
    /// After a constructor reordered a list (the domain keeps some sorted), moves the members kept on
    /// its elements to where each element now is, so they are written back on the same element.
    /// </summary>
    public void Reorder<T>(string member, int from, ImmutableArray<T> read, ImmutableArray<T> built)
        where T : class
    {
        var prefix = Path() + "." + member + "[";
        for (var k = from; k < _preserved!.Count; k++)
        {
            var kept = _preserved[k];
            if (!kept.Path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var close = kept.Path.IndexOf(']', prefix.Length);
            var index = int.Parse(kept.Path.Substring(prefix.Length, close - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture);
            var moved = -1;
            for (var j = 0; j < built.Length; j++)
            {
                if (ReferenceEquals(built[j], read[index]))
                {
                    moved = j;
                    break;
                }
            }

            if (moved == index)
            {
                continue;
            }

            if (moved < 0)
            {
                // Never write a kept member onto another element, and never drop it silently.
                _errors.Add(ReadErrors.Member(kept.Path, kept.Name), "preserve-lost", $"'{kept.Name}' cannot be kept: the element that held it was rebuilt by the model.");
                continue;
            }

            var path = prefix + moved.ToString(CultureInfo.InvariantCulture) + kept.Path.Substring(close);
            _preserved[k] = new PreservedMember(path, kept.Name, kept.Json);
        }
    }

    /// <summary>A member seen twice: an error, and its second value is skipped.</summary>
    public bool Duplicate(ref Utf8JsonReader reader, string name)
    {
        ErrorAtMember(name, "duplicate-member", $"'{name}' appears more than once.");
        reader.Read();
        reader.Skip();
        return false;
    }

    /// <summary>A member that the document's version must not hold: an error, and its value is skipped.</summary>
    public bool LegacyMember(ref Utf8JsonReader reader, string name, string message)
    {
        ErrorAtMember(name, "unknown-member", message);
        reader.Read();
        reader.Skip();
        return false;
    }

    /// <summary>A required member that is absent.</summary>
    public void Missing(string name) => ErrorAtMember(name, "required", $"'{name}' is required.");

    /// <summary>
    /// A member the format does not define: an error, or, under <see cref="UnknownMembers.Preserve"/>,
    /// kept with its value (exactly, as compact JSON) for writing back.
    /// </summary>
    public bool Unknown(ref Utf8JsonReader reader)
    {
        if (!JsonRead.TryGetText(ref reader, out var name))
        {
            Error("invalid-text", "a member name is not valid text: " + JsonRead.TextFault(ref reader) + ".");
            reader.Read();
            reader.Skip();
            return false;
        }

        reader.Read();
        if (UnknownMembers == UnknownMembers.Preserve)
        {
            Enter(name);
            var ok = TryCopy(ref reader, out var json);
            Exit();
            if (ok)
            {
                (_preserved ??= new List<PreservedMember>()).Add(new PreservedMember(Path(), name, json));
            }

            return ok;
        }

        var message = $"'{name}' is not a member of this object.";
        if (Version.Minor > Current.Minor)
        {
            message += $" The document is a newer minor version than {Current}: read it with UnknownMembers.Preserve to keep such members.";
        }

        ErrorAtMember(name, "unknown-member", message);
        reader.Skip();
        return false;
    }

    /// <summary>Format 1.0's one <c>source</c> string, read as 1.1's list of sources.</summary>
    public bool LegacySource(ref Utf8JsonReader reader, out ImmutableArray<SourceReference> sources)
    {
        Enter("source");
        reader.Read();
        sources = ImmutableArray<SourceReference>.Empty;
        var ok = true;
        if (reader.TokenType == JsonTokenType.String)
        {
            if (JsonRead.String(ref reader, this, out var citation))
            {
                try
                {
                    sources = [new SourceReference(citation)];
                }
                catch (ArgumentException ex)
                {
                    Invalid(ex);
                    ok = false;
                }
            }
            else
            {
                ok = false;
            }
        }
        else if (reader.TokenType != JsonTokenType.Null)
        {
            Error("invalid-type", $"a 1.0 'source' must be a string, found {JsonRead.Describe(reader.TokenType)}.");
            reader.Skip();
            ok = false;
        }

        Exit();
        return ok;
    }

    /// <summary>Copies the value at the reader as compact JSON, checking every string on the way.</summary>
    public bool TryCopy(ref Utf8JsonReader reader, out string json)
    {
        var buffer = _scratch ??= new ByteBuffer(256);
        buffer.Clear();
        using (var writer = new Utf8JsonWriter(buffer, JsonWrite.Options(indented: false)))
        {
            if (!JsonCopy.Copy(ref reader, writer, this))
            {
                json = string.Empty;
                return false;
            }
        }

        json = Utf8Text.GetString(buffer.WrittenSpan);
        return true;
    }

    private void Push(Segment segment)
    {
        if (_depth == _path.Length)
        {
            Array.Resize(ref _path, _path.Length * 2);
        }

        _path[_depth++] = segment;
    }

    private readonly struct Segment
    {
        public Segment(string? name, int index)
        {
            Name = name;
            Index = index;
        }

        public string? Name { get; }

        public int Index { get; }
    }
}
