using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Wgec.Core.Internal;
using Wgec.Core.Serialization.Engine;

namespace Wgec.Core.Serialization.Documents;

/// <summary>
/// One kind of enveloped document, <c>{ "format", "formatVersion", "&lt;payload&gt;" }</c>, read and
/// written in one pass between UTF-8 and the domain through the payload's generated codec, for
/// every input and output shape (string, bytes, stream, buffer writer, async).
/// </summary>
internal sealed class DocumentFormat<T>
    where T : class
{
    public const string FormatMember = "format";
    public const string VersionMember = "formatVersion";

    private readonly ReadFn<T> _readPayload;
    private readonly Action<Utf8JsonWriter, T, JsonWriteContext> _writePayload;
    private readonly string _payloadPath;

    public DocumentFormat(DocumentKind kind, ReadFn<T> readPayload, Action<Utf8JsonWriter, T, JsonWriteContext> writePayload)
    {
        Kind = kind;
        _readPayload = readPayload;
        _writePayload = writePayload;
        _payloadPath = ReadErrors.Member("$", kind.PayloadMember);
    }

    public DocumentKind Kind { get; }

    /// <summary>What one read produced: the payload, the document's version and the members kept.</summary>
    internal readonly struct Outcome
    {
        public Outcome(T? value, FormatVersion version, ImmutableArray<PreservedMember> preserved, ImmutableArray<ValidationError> errors)
        {
            Value = value;
            Version = version;
            Preserved = preserved;
            Errors = errors;
        }

        public T? Value { get; }

        public FormatVersion Version { get; }

        public ImmutableArray<PreservedMember> Preserved { get; }

        public ImmutableArray<ValidationError> Errors { get; }

        public T ValueOrThrow() => Errors.IsEmpty && Value is not null ? Value : throw new WgecFormatException(Errors);
    }

    public Outcome Read(string json, DossierReadOptions options)
    {
        Preconditions.NotNull(json);
        byte[] bytes;
        try
        {
            bytes = Utf8Text.Strict.GetBytes(json);
        }
        catch (EncoderFallbackException ex)
        {
            return Failed(new ValidationError("$", "invalid-text", $"the text holds an unpaired surrogate at index {ex.Index}, which cannot be UTF-8."));
        }

        return Read(bytes, options);
    }

    public Outcome Read(Stream stream, DossierReadOptions options)
    {
        Preconditions.NotNull(stream);
        var buffer = new ByteBuffer(81920);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (!Append(buffer, chunk, read, options, out var failure))
            {
                return failure;
            }
        }

        return Read(buffer.WrittenSpan, options);
    }

    public async Task<Outcome> ReadAsync(Stream stream, DossierReadOptions options, CancellationToken cancellationToken)
    {
        Preconditions.NotNull(stream);
        var buffer = new ByteBuffer(81920);
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (!Append(buffer, chunk, read, options, out var failure))
            {
                return failure;
            }
        }

        return Read(buffer.WrittenSpan, options);
    }

    public Outcome Read(ReadOnlySpan<byte> utf8, DossierReadOptions options)
    {
        var errors = new ReadErrors();
        if (utf8.Length > options.MaxInputBytes)
        {
            errors.Add("$", "input-too-large", $"the input is {utf8.Length} bytes; the limit is {options.MaxInputBytes} (DossierReadOptions.MaxInputBytes).");
            return Done(null, default, null, errors);
        }

        // RFC 8259 §8.1: a reader may ignore a leading byte order mark; tools that add one still mean JSON.
        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            utf8 = utf8.Slice(3);
        }

        if (IsBlank(utf8))
        {
            errors.Add("$", "empty-document", "the document is empty: expected a JSON object.");
            return Done(null, default, null, errors);
        }

        var envelope = new JsonReadContext(errors, "$", options.UnknownMembers, Kind.Current, Kind.Current);
        JsonReadContext? payload = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = JsonWrite.MaxDepth });
        string? format = null, versionText = null;
        bool hasFormat = false, hasVersion = false, hasPayload = false, rootClosed = false;
        FormatVersion version = default;
        var versionUsable = false;
        var deferredPayload = -1;
        T? value = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                errors.Add("$", "root-not-object", $"the root must be a JSON object with '{FormatMember}', '{VersionMember}' and '{Kind.PayloadMember}', found {JsonRead.Describe(reader.TokenType)}.");
                return Done(null, default, null, errors);
            }

            while (envelope.NextMember(ref reader))
            {
                if (!JsonRead.TryGetText(ref reader, out var name))
                {
                    errors.Add("$", "invalid-text", "a member name of the envelope is not valid text: " + JsonRead.TextFault(ref reader) + ".");
                    reader.Read();
                    reader.Skip();
                    continue;
                }

                if (!seen.Add(name))
                {
                    envelope.Duplicate(ref reader, name);
                    continue;
                }

                if (name == FormatMember || name == VersionMember)
                {
                    envelope.Enter(name);
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        errors.Add(ReadErrors.Member("$", name), "invalid-type", $"'{name}' must be a string, found {JsonRead.Describe(reader.TokenType)}.");
                        reader.Skip();
                    }
                    else if (JsonRead.String(ref reader, envelope, out var text))
                    {
                        if (name == FormatMember)
                        {
                            format = text;
                            hasFormat = true;
                        }
                        else
                        {
                            versionText = text;
                            hasVersion = true;
                            versionUsable = CheckVersion(versionText, errors, out version);
                        }
                    }
                    else
                    {
                        hasFormat |= name == FormatMember;
                        hasVersion |= name == VersionMember;
                    }

                    envelope.Exit();
                }
                else if (name == Kind.PayloadMember)
                {
                    hasPayload = true;
                    reader.Read();
                    if (versionUsable && format == Kind.FormatName)
                    {
                        payload = new JsonReadContext(errors, _payloadPath, options.UnknownMembers, version, Kind.Current);
                        value = ReadPayload(ref reader, payload);
                    }
                    else
                    {
                        // The version comes after the payload: read the payload once it is known.
                        deferredPayload = (int)reader.TokenStartIndex;
                        reader.Skip();
                    }
                }
                else if (!envelope.Unknown(ref reader))
                {
                    continue;
                }
            }

            rootClosed = true;
            if (reader.Read())
            {
                errors.Add("$", "trailing-content", "there is content after the root object.");
            }
        }
        catch (JsonException ex)
        {
            if (rootClosed)
            {
                errors.Add("$", "trailing-content", "there is content after the root object.");
            }
            else
            {
                // The reader knows no path; the one the context holds is as precise as it gets.
                errors.Add(payload?.Path() ?? envelope.Path(), "invalid-json", JsonRead.Describe(ex));
            }

            return Done(null, version, null, errors);
        }

        if (!hasFormat)
        {
            errors.Add("$", "required", $"'{FormatMember}' is required.");
        }
        else if (format is not null && format != Kind.FormatName)
        {
            errors.Add("$." + FormatMember, "unknown-format", $"'{format}' is not a format this reader reads; expected '{Kind.FormatName}'.");
        }

        if (!hasVersion)
        {
            errors.Add("$", "required", $"'{VersionMember}' is required.");
        }

        if (!hasPayload)
        {
            errors.Add("$", "required", $"'{Kind.PayloadMember}' is required.");
        }

        if (deferredPayload >= 0 && !errors.HasErrors)
        {
            var again = new Utf8JsonReader(utf8.Slice(deferredPayload), new JsonReaderOptions { MaxDepth = JsonWrite.MaxDepth });
            payload = new JsonReadContext(errors, _payloadPath, options.UnknownMembers, version, Kind.Current);
            try
            {
                again.Read();
                value = ReadPayload(ref again, payload);
            }
            catch (JsonException ex)
            {
                errors.Add(payload.Path(), "invalid-json", JsonRead.Clean(ex.Message));
            }
        }

        var preserved = envelope.Preserved;
        if (payload is not null)
        {
            preserved = payload.Preserved.AddRange(preserved);
        }

        return Done(value, version, preserved, errors);
    }

    public void Write(T value, ImmutableArray<PreservedMember> preserved, IBufferWriter<byte> output, bool indented)
    {
        Preconditions.NotNull(value);
        Preconditions.NotNull(output);
        if (preserved.IsDefaultOrEmpty)
        {
            using var writer = new Utf8JsonWriter(output, JsonWrite.Options(indented));
            WriteEnvelope(writer, value, preserved);
            writer.Flush();
            return;
        }

        // Members to put back are checked before anything reaches the caller's output.
        var buffer = new ByteBuffer();
        using (var writer = new Utf8JsonWriter(buffer, JsonWrite.Options(indented)))
        {
            WriteEnvelope(writer, value, preserved);
        }

        buffer.WrittenSpan.CopyTo(output.GetSpan(buffer.WrittenCount));
        output.Advance(buffer.WrittenCount);
    }

    public void Write(T value, ImmutableArray<PreservedMember> preserved, Stream output, bool indented)
    {
        Preconditions.NotNull(output);
        var buffer = new ByteBuffer();
        Write(value, preserved, buffer, indented);
        output.Write(buffer.WrittenMemory.ToArray(), 0, buffer.WrittenCount);
    }

    public Task WriteAsync(T value, ImmutableArray<PreservedMember> preserved, Stream output, bool indented, CancellationToken cancellationToken)
    {
        Preconditions.NotNull(value);
        Preconditions.NotNull(output);
        var buffer = new ByteBuffer();
        Write(value, preserved, buffer, indented);
        return WriteCoreAsync(buffer, output, cancellationToken);
    }

    private static async Task WriteCoreAsync(ByteBuffer buffer, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(buffer.WrittenMemory.ToArray(), 0, buffer.WrittenCount, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public byte[] ToUtf8Bytes(T value, ImmutableArray<PreservedMember> preserved, bool indented)
    {
        var buffer = new ByteBuffer();
        Write(value, preserved, buffer, indented);
        return buffer.WrittenSpan.ToArray();
    }

    public string ToJson(T value, ImmutableArray<PreservedMember> preserved, bool indented)
    {
        var buffer = new ByteBuffer();
        Write(value, preserved, buffer, indented);
        return Utf8Text.GetString(buffer.WrittenSpan);
    }

    private void WriteEnvelope(Utf8JsonWriter writer, T value, ImmutableArray<PreservedMember> preserved)
    {
        writer.WriteStartObject();
        writer.WriteString(FormatMember, Kind.FormatName);
        writer.WriteString(VersionMember, Kind.Current.ToString());
        writer.WritePropertyName(Kind.PayloadMember);
        var inPayload = preserved.IsDefaultOrEmpty ? preserved : preserved.RemoveAll(m => m.Path == "$");
        var context = new JsonWriteContext(_payloadPath, inPayload);
        _writePayload(writer, value, context);
        context.CheckAllPlaced();
        if (!preserved.IsDefaultOrEmpty)
        {
            foreach (var member in preserved)
            {
                if (member.Path == "$")
                {
                    writer.WritePropertyName(member.Name);
                    JsonCopy.WriteText(writer, member.Json);
                }
            }
        }

        writer.WriteEndObject();
    }

    private T? ReadPayload(ref Utf8JsonReader reader, JsonReadContext context)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            context.Error("required", "the payload must not be null.");
            return null;
        }

        return _readPayload(ref reader, context, out var value) ? value : null;
    }

    private bool CheckVersion(string text, ReadErrors errors, out FormatVersion version)
    {
        if (!FormatVersion.TryParse(text, out version))
        {
            errors.Add("$." + VersionMember, "invalid-version", $"'{text}' is not a format version: expected major.minor, e.g. \"{Kind.Current}\".");
            return false;
        }

        if (version.Major != Kind.Current.Major)
        {
            errors.Add("$." + VersionMember, "unsupported-version", $"format version {version} is not supported: this reader reads {Kind.Current.Major}.0 to {Kind.Current.Major}.x (it writes {Kind.Current}).");
            return false;
        }

        return true;
    }

    private static Outcome Done(T? value, FormatVersion version, ImmutableArray<PreservedMember>? preserved, ReadErrors errors)
    {
        var found = errors.ToImmutable();
        if (found.IsEmpty && value is null)
        {
            found = [new ValidationError("$", "invalid", "the document could not be read.")];
        }

        return found.IsEmpty
            ? new Outcome(value, version, preserved ?? ImmutableArray<PreservedMember>.Empty, found)
            : new Outcome(null, version, ImmutableArray<PreservedMember>.Empty, found);
    }

    private static Outcome Failed(ValidationError error) =>
        new(null, default, ImmutableArray<PreservedMember>.Empty, [error]);

    private static bool Append(ByteBuffer buffer, byte[] chunk, int count, DossierReadOptions options, out Outcome failure)
    {
        failure = default;
        if (buffer.WrittenCount + (long)count > options.MaxInputBytes)
        {
            // Reading stops here: an endless stream never fills memory.
            failure = Failed(new ValidationError("$", "input-too-large", $"the input is larger than the limit of {options.MaxInputBytes} bytes (DossierReadOptions.MaxInputBytes)."));
            return false;
        }

        chunk.AsSpan(0, count).CopyTo(buffer.GetSpan(count));
        buffer.Advance(count);
        return true;
    }

    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }
}
