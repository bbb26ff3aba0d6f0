using System;
using System.Buffers;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Wgec.Core.Internal;

namespace Wgec.Core.Serialization.Documents;

/// <summary>
/// Reading and writing of one kind of enveloped document through every input and output shape
/// (string, bytes, stream, buffer writer, async), written once for all document kinds.
/// </summary>
internal sealed class DocumentFormat<TDomain, TDto>
    where TDomain : class
    where TDto : class
{
    private readonly DocumentKind _kind;
    private readonly Func<TDomain, TDto> _toDto;
    private readonly Func<TDto, string, ReadErrors, TDomain?> _fromDto;
    private readonly Func<TDomain, ImmutableArray<PreservedMember>> _preservedOf;
    private readonly Func<TDomain, ImmutableArray<PreservedMember>, TDomain> _withPreserved;

    public DocumentFormat(
        DocumentKind kind,
        Func<TDomain, TDto> toDto,
        Func<TDto, string, ReadErrors, TDomain?> fromDto,
        Func<TDomain, ImmutableArray<PreservedMember>> preservedOf,
        Func<TDomain, ImmutableArray<PreservedMember>, TDomain> withPreserved)
    {
        _kind = kind;
        _toDto = toDto;
        _fromDto = fromDto;
        _preservedOf = preservedOf;
        _withPreserved = withPreserved;
    }

    public DocumentKind Kind => _kind;

    private static JsonTypeInfo<TDto> Info => (JsonTypeInfo<TDto>)WgecJson.Options.GetTypeInfo(typeof(TDto));

    public bool TryRead(ReadOnlySpan<byte> utf8, DossierReadOptions? options, out TDomain? value, out ImmutableArray<ValidationError> errors)
    {
        var sink = new ReadErrors();
        value = ReadInto(utf8, options ?? DossierReadOptions.Default, sink);
        errors = sink.ToImmutable();
        if (errors.IsEmpty && value is null)
        {
            errors = [new ValidationError("$", "invalid", "the document could not be read.")];
        }

        if (!errors.IsEmpty)
        {
            value = null;
            return false;
        }

        return true;
    }

    public bool TryRead(string json, DossierReadOptions? options, out TDomain? value, out ImmutableArray<ValidationError> errors)
    {
        Guard.Against.Null(json);
        var sink = new ReadErrors();
        if (!TryEncode(json, sink, out var bytes))
        {
            value = null;
            errors = sink.ToImmutable();
            return false;
        }

        return TryRead(bytes, options, out value, out errors);
    }

    public TDomain Read(ReadOnlySpan<byte> utf8, DossierReadOptions? options) =>
        TryRead(utf8, options, out var value, out var errors) ? value! : throw new WgecFormatException(errors);

    public TDomain Read(string json, DossierReadOptions? options) =>
        TryRead(json, options, out var value, out var errors) ? value! : throw new WgecFormatException(errors);

    public TDomain Read(Stream stream, DossierReadOptions? options)
    {
        Guard.Against.Null(stream);
        options ??= DossierReadOptions.Default;
        var buffer = new ByteBuffer();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            Append(buffer, chunk, read, options);
        }

        return Read(buffer.WrittenSpan, options);
    }

    public Task<TDomain> ReadAsync(Stream stream, DossierReadOptions? options, CancellationToken cancellationToken) =>
        ReadCoreAsync(Guard.Against.Null(stream), options ?? DossierReadOptions.Default, cancellationToken);

    private async Task<TDomain> ReadCoreAsync(Stream stream, DossierReadOptions options, CancellationToken cancellationToken)
    {
        var buffer = new ByteBuffer();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            Append(buffer, chunk, read, options);
        }

        return Read(buffer.WrittenSpan, options);
    }

    public void Write(TDomain value, IBufferWriter<byte> output, bool indented)
    {
        Guard.Against.Null(value);
        Guard.Against.Null(output);
        using var writer = new Utf8JsonWriter(output, EnvelopeWriter.WriterOptions(indented));
        EnvelopeWriter.Write(writer, _kind, _toDto(value), Info, _preservedOf(value));
        writer.Flush();
    }

    public void Write(TDomain value, Stream output, bool indented)
    {
        Guard.Against.Null(value);
        Guard.Against.Null(output);
        using var writer = new Utf8JsonWriter(output, EnvelopeWriter.WriterOptions(indented));
        EnvelopeWriter.Write(writer, _kind, _toDto(value), Info, _preservedOf(value));
        writer.Flush();
    }

    public Task WriteAsync(TDomain value, Stream output, bool indented, CancellationToken cancellationToken) =>
        WriteCoreAsync(Guard.Against.Null(value), Guard.Against.Null(output), indented, cancellationToken);

    private async Task WriteCoreAsync(TDomain value, Stream output, bool indented, CancellationToken cancellationToken)
    {
        var buffer = new ByteBuffer();
        Write(value, buffer, indented);
        await output.WriteAsync(buffer.WrittenMemory.ToArray(), 0, buffer.WrittenCount, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public byte[] ToUtf8Bytes(TDomain value, bool indented)
    {
        var buffer = new ByteBuffer();
        Write(value, buffer, indented);
        return buffer.WrittenSpan.ToArray();
    }

    public string ToJson(TDomain value, bool indented)
    {
        var buffer = new ByteBuffer();
        Write(value, buffer, indented);
#if NETSTANDARD2_0
        return Encoding.UTF8.GetString(buffer.WrittenSpan.ToArray());
#else
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
#endif
    }

    private TDomain? ReadInto(ReadOnlySpan<byte> utf8, DossierReadOptions options, ReadErrors errors)
    {
        var result = EnvelopeReader.Read(utf8, _kind, Info, options, errors);
        if (result.Payload is null || errors.HasErrors)
        {
            return null;
        }

        TDomain? domain;
        try
        {
            domain = _fromDto(result.Payload, ReadErrors.Member("$", _kind.PayloadMember), errors);
        }
        catch (ArgumentException ex)
        {
            // A mapping that forgot a Build() still reports at the payload, never escapes.
            errors.Add(ReadErrors.Member("$", _kind.PayloadMember), "invalid", ReadErrors.MessageWithoutParameter(ex));
            return null;
        }

        if (domain is null || errors.HasErrors)
        {
            return null;
        }

        return result.Preserved.IsEmpty ? domain : _withPreserved(domain, result.Preserved);
    }

    private static void Append(ByteBuffer buffer, byte[] chunk, int count, DossierReadOptions options)
    {
        if (buffer.WrittenCount + (long)count > options.MaxInputBytes)
        {
            throw new WgecFormatException([new ValidationError("$", "input-too-large", $"the input is larger than the limit of {options.MaxInputBytes} bytes (DossierReadOptions.MaxInputBytes).")]);
        }

        chunk.AsSpan(0, count).CopyTo(buffer.GetSpan(count));
        buffer.Advance(count);
    }

    private static bool TryEncode(string json, ReadErrors errors, out byte[] bytes)
    {
        try
        {
            bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetBytes(json);
            return true;
        }
        catch (EncoderFallbackException ex)
        {
            errors.Add("$", "invalid-text", $"the text holds an unpaired surrogate at index {ex.Index}, which cannot be UTF-8.");
            bytes = [];
            return false;
        }
    }
}
