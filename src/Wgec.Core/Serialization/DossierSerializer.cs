using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Wgec.Core.Serialization.Documents;

namespace Wgec.Core.Serialization;

/// <summary>
/// Reads and writes the dossier document, the JSON contract between WGEC tools:
/// <c>{ "format": "wgec-dossier", "formatVersion": "1.2", "dossier": { … } }</c>.
/// </summary>
/// <remarks>
/// <para>Reading is strict (no unknown members, no duplicate properties, no nulls where a value
/// is required, no null list elements, depth at most 64, input at most
/// <see cref="DossierReadOptions.MaxInputBytes"/>), and every object is built through its
/// validating constructor, so JSON can never create what a constructor would refuse. Every fault
/// is reported with its JSON path; <c>TryRead</c> collects them all. Older 1.x documents are
/// migrated; other major versions are rejected.</para>
/// <para>Writing is deterministic: the same dossier always gives the same bytes (fixed member
/// order, "\n" line endings, no culture or time-zone dependence). All members are thread-safe.</para>
/// </remarks>
public static class DossierSerializer
{
    /// <summary>The value of the envelope's <c>format</c> member.</summary>
    public const string FormatName = "wgec-dossier";

    /// <summary>The address that identifies the dossier schema.</summary>
    public const string SchemaId = "https://wgec.github.io/Wgec.Core/schema/wgec-dossier.schema.json";

    private static readonly DocumentFormat<Dossier> Format = new(
        new DocumentKind(FormatName, new FormatVersion(1, 2), "dossier"),
        WgecCodecs.ReadDossier,
        WgecCodecs.WriteDossier);

    /// <summary>The format version this library writes (and the newest it reads without loss by default).</summary>
    public static FormatVersion CurrentVersion => Format.Kind.Current;

    /// <summary>Reads a dossier from JSON text with the default, strict options.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="WgecFormatException">The document is malformed or invalid; carries every error with its path.</exception>
    public static Dossier Read(string json) => Bare(Format.Read(json, DossierReadOptions.Default));

    /// <summary>Reads a dossier from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits and policies.</param>
    /// <returns>The dossier.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="WgecFormatException">The document is malformed or invalid; carries every error with its path.</exception>
    public static Dossier Read(string json, DossierReadOptions options) => Bare(Format.Read(json, NotPreserving(options)));

    /// <summary>Reads a dossier from UTF-8 bytes with the default, strict options.</summary>
    /// <param name="utf8">The UTF-8 JSON bytes.</param>
    /// <returns>The dossier.</returns>
    /// <exception cref="WgecFormatException">The document is malformed or invalid; carries every error with its path.</exception>
    public static Dossier Read(ReadOnlySpan<byte> utf8) => Bare(Format.Read(utf8, DossierReadOptions.Default));

    /// <summary>Reads a dossier from UTF-8 bytes.</summary>
    /// <param name="utf8">The UTF-8 JSON bytes.</param>
    /// <param name="options">Limits and policies.</param>
    /// <returns>The dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="WgecFormatException">The document is malformed or invalid; carries every error with its path.</exception>
    public static Dossier Read(ReadOnlySpan<byte> utf8, DossierReadOptions options) => Bare(Format.Read(utf8, NotPreserving(options)));

    /// <summary>Reads a dossier from a stream with the default, strict options.</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <returns>The dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="WgecFormatException">The document is too large, malformed or invalid.</exception>
    public static Dossier Read(Stream stream) => Bare(Format.Read(stream, DossierReadOptions.Default));

    /// <summary>Reads a dossier from a stream, stopping as soon as the input exceeds the size limit.</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="options">Limits and policies.</param>
    /// <returns>The dossier.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="WgecFormatException">The document is too large, malformed or invalid.</exception>
    public static Dossier Read(Stream stream, DossierReadOptions options) => Bare(Format.Read(stream, NotPreserving(options)));

    /// <summary>Reads a dossier from a stream asynchronously.</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="options">Limits and policies; <see cref="DossierReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="WgecFormatException">The document is too large, malformed or invalid.</exception>
    public static Task<Dossier> ReadAsync(Stream stream, DossierReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(stream);
        var checkedOptions = NotPreserving(options ?? DossierReadOptions.Default);
        return ReadCoreAsync(stream, checkedOptions, cancellationToken);
    }

    private static async Task<Dossier> ReadCoreAsync(Stream stream, DossierReadOptions options, CancellationToken cancellationToken) =>
        Bare(await Format.ReadAsync(stream, options, cancellationToken).ConfigureAwait(false));

    /// <summary>Reads a dossier from JSON text without throwing, collecting every error.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="dossier">The dossier, when valid; never a half-built one.</param>
    /// <param name="errors">Every error found, each with its JSON path; empty on success.</param>
    /// <returns>Whether the document is a valid dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryRead(string json, [NotNullWhen(true)] out Dossier? dossier, out ImmutableArray<ValidationError> errors) =>
        TryBare(Format.Read(json, DossierReadOptions.Default), out dossier, out errors);

    /// <summary>Reads a dossier from JSON text without throwing, collecting every error.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits and policies.</param>
    /// <param name="dossier">The dossier, when valid; never a half-built one.</param>
    /// <param name="errors">Every error found, each with its JSON path; empty on success.</param>
    /// <returns>Whether the document is a valid dossier.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryRead(string json, DossierReadOptions options, [NotNullWhen(true)] out Dossier? dossier, out ImmutableArray<ValidationError> errors) =>
        TryBare(Format.Read(json, NotPreserving(options)), out dossier, out errors);

    /// <summary>Reads a dossier from UTF-8 bytes without throwing, collecting every error.</summary>
    /// <param name="utf8">The UTF-8 JSON bytes.</param>
    /// <param name="dossier">The dossier, when valid; never a half-built one.</param>
    /// <param name="errors">Every error found, each with its JSON path; empty on success.</param>
    /// <returns>Whether the document is a valid dossier.</returns>
    public static bool TryRead(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out Dossier? dossier, out ImmutableArray<ValidationError> errors) =>
        TryBare(Format.Read(utf8, DossierReadOptions.Default), out dossier, out errors);

    /// <summary>Reads a dossier from UTF-8 bytes without throwing, collecting every error.</summary>
    /// <param name="utf8">The UTF-8 JSON bytes.</param>
    /// <param name="options">Limits and policies.</param>
    /// <param name="dossier">The dossier, when valid; never a half-built one.</param>
    /// <param name="errors">Every error found, each with its JSON path; empty on success.</param>
    /// <returns>Whether the document is a valid dossier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static bool TryRead(ReadOnlySpan<byte> utf8, DossierReadOptions options, [NotNullWhen(true)] out Dossier? dossier, out ImmutableArray<ValidationError> errors) =>
        TryBare(Format.Read(utf8, NotPreserving(options)), out dossier, out errors);

    /// <summary>Writes a dossier, compact, into a buffer writer (e.g. a pooled, reused buffer).</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="output">Where to write UTF-8 JSON.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Dossier dossier, IBufferWriter<byte> output) => Format.Write(Preconditions.NotNull(dossier), NoMembers, output, indented: false);

    /// <summary>Writes a dossier into a buffer writer.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="output">Where to write UTF-8 JSON.</param>
    /// <param name="indented">Whether to indent (two spaces, "\n").</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Dossier dossier, IBufferWriter<byte> output, bool indented) => Format.Write(Preconditions.NotNull(dossier), NoMembers, output, indented);

    /// <summary>Writes a dossier, compact, to a stream.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="output">Where to write UTF-8 JSON; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Dossier dossier, Stream output) => Format.Write(Preconditions.NotNull(dossier), NoMembers, output, indented: false);

    /// <summary>Writes a dossier to a stream.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="output">Where to write UTF-8 JSON; not closed.</param>
    /// <param name="indented">Whether to indent (two spaces, "\n").</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Dossier dossier, Stream output, bool indented) => Format.Write(Preconditions.NotNull(dossier), NoMembers, output, indented);

    /// <summary>Writes a dossier to a stream asynchronously.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="output">Where to write UTF-8 JSON; not closed.</param>
    /// <param name="indented">Whether to indent (two spaces, "\n").</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the dossier is written and flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task WriteAsync(Dossier dossier, Stream output, bool indented = false, CancellationToken cancellationToken = default) =>
        Format.WriteAsync(Preconditions.NotNull(dossier), NoMembers, output, indented, cancellationToken);

    /// <summary>Writes a dossier as JSON text.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="indented">Whether to indent (two spaces, "\n").</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    public static string ToJson(Dossier dossier, bool indented = false) => Format.ToJson(Preconditions.NotNull(dossier), NoMembers, indented);

    /// <summary>Writes a dossier as UTF-8 bytes.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="indented">Whether to indent (two spaces, "\n").</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossier"/> is null.</exception>
    public static byte[] ToUtf8Bytes(Dossier dossier, bool indented = false) => Format.ToUtf8Bytes(Preconditions.NotNull(dossier), NoMembers, indented);

    /// <summary>
    /// Reads a dossier document from JSON text: the dossier, the format version the document was
    /// written in and, under <see cref="UnknownMembers.Preserve"/>, the members this version does not
    /// define, kept to be written back unchanged.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits and policies, e.g. <c>DossierReadOptions.Default.WithUnknownMembers(UnknownMembers.Preserve)</c>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="WgecFormatException">The document is malformed or invalid; carries every error with its path.</exception>
    public static DossierDocument ReadDocument(string json, DossierReadOptions options) =>
        Document(Format.Read(json, Preconditions.NotNull(options)));

    /// <summary>Reads a dossier document from UTF-8 bytes; see <see cref="ReadDocument(string, DossierReadOptions)"/>.</summary>
    /// <param name="utf8">The UTF-8 JSON bytes.</param>
    /// <param name="options">Limits and policies, e.g. <c>DossierReadOptions.Default.WithUnknownMembers(UnknownMembers.Preserve)</c>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="WgecFormatException">The document is malformed or invalid; carries every error with its path.</exception>
    public static DossierDocument ReadDocument(ReadOnlySpan<byte> utf8, DossierReadOptions options) =>
        Document(Format.Read(utf8, Preconditions.NotNull(options)));

    /// <summary>Reads a dossier document from a stream, stopping as soon as the input exceeds the size limit.</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="options">Limits and policies, e.g. <c>DossierReadOptions.Default.WithUnknownMembers(UnknownMembers.Preserve)</c>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="WgecFormatException">The document is too large, malformed or invalid.</exception>
    public static DossierDocument ReadDocument(Stream stream, DossierReadOptions options) =>
        Document(Format.Read(stream, Preconditions.NotNull(options)));

    /// <summary>Reads a dossier document from JSON text without throwing, collecting every error.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits and policies.</param>
    /// <param name="document">The document, when valid; never a half-built one.</param>
    /// <param name="errors">Every error found, each with its JSON path; empty on success.</param>
    /// <returns>Whether the document is a valid dossier document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryReadDocument(string json, DossierReadOptions options, [NotNullWhen(true)] out DossierDocument? document, out ImmutableArray<ValidationError> errors) =>
        TryDocument(Format.Read(json, Preconditions.NotNull(options)), out document, out errors);

    /// <summary>Reads a dossier document from UTF-8 bytes without throwing, collecting every error.</summary>
    /// <param name="utf8">The UTF-8 JSON bytes.</param>
    /// <param name="options">Limits and policies.</param>
    /// <param name="document">The document, when valid; never a half-built one.</param>
    /// <param name="errors">Every error found, each with its JSON path; empty on success.</param>
    /// <returns>Whether the document is a valid dossier document.</returns>
    public static bool TryReadDocument(ReadOnlySpan<byte> utf8, DossierReadOptions options, [NotNullWhen(true)] out DossierDocument? document, out ImmutableArray<ValidationError> errors) =>
        TryDocument(Format.Read(utf8, Preconditions.NotNull(options)), out document, out errors);

    /// <summary>
    /// Writes a dossier document into a buffer writer: its dossier in the current format version,
    /// with every preserved member back at its object.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="output">Where to write UTF-8 JSON.</param>
    /// <param name="indented">Whether to indent (two spaces, "\n").</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">A preserved member's object no longer exists in the dossier; nothing is written.</exception>
    public static void Write(DossierDocument document, IBufferWriter<byte> output, bool indented) =>
        Format.Write(Preconditions.NotNull(document).Dossier, document.PreservedMembers, output, indented);

    /// <summary>Writes a dossier document to a stream; see <see cref="Write(DossierDocument, IBufferWriter{byte}, bool)"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">Where to write UTF-8 JSON; not closed.</param>
    /// <param name="indented">Whether to indent (two spaces, "\n").</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">A preserved member's object no longer exists in the dossier; nothing is written.</exception>
    public static void Write(DossierDocument document, Stream output, bool indented) =>
        Format.Write(Preconditions.NotNull(document).Dossier, document.PreservedMembers, output, indented);

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the dossier document, generated from the same type
    /// descriptions the reader and writer come from; the repository checks it in at
    /// <c>schema/wgec-dossier.schema.json</c>.
    /// </summary>
    /// <returns>The schema as indented JSON text ending with "\n".</returns>
    public static string JsonSchema() => SchemaBuilder.ToText(SchemaBuilder.Build(
        Format.Kind,
        WgecCodecs.Shapes,
        typeof(Dossier),
        SchemaId,
        "WGEC dossier",
        "A whole record of a multi-stakeholder process (Wgec.Core): working group, consultation, issue catalogue, correspondence group and deliberation."));

    private static readonly ImmutableArray<PreservedMember> NoMembers = ImmutableArray<PreservedMember>.Empty;

    private static DossierReadOptions NotPreserving(DossierReadOptions options)
    {
        Preconditions.NotNull(options);
        if (options.UnknownMembers == UnknownMembers.Preserve)
        {
            // A bare dossier has nowhere to keep them; dropping them silently would lose data.
            throw Preconditions.Invalid(nameof(options), "reading with UnknownMembers.Preserve keeps the unknown members on a DossierDocument: use ReadDocument or TryReadDocument.");
        }

        return options;
    }

    private static Dossier Bare(DocumentFormat<Dossier>.Outcome outcome) => outcome.ValueOrThrow();

    private static bool TryBare(DocumentFormat<Dossier>.Outcome outcome, [NotNullWhen(true)] out Dossier? dossier, out ImmutableArray<ValidationError> errors)
    {
        errors = outcome.Errors;
        dossier = errors.IsEmpty ? outcome.Value : null;
        return dossier is not null;
    }

    private static DossierDocument Document(DocumentFormat<Dossier>.Outcome outcome) =>
        new(outcome.ValueOrThrow(), outcome.Version, outcome.Preserved);

    private static bool TryDocument(DocumentFormat<Dossier>.Outcome outcome, [NotNullWhen(true)] out DossierDocument? document, out ImmutableArray<ValidationError> errors)
    {
        errors = outcome.Errors;
        document = errors.IsEmpty && outcome.Value is not null ? new DossierDocument(outcome.Value, outcome.Version, outcome.Preserved) : null;
        return document is not null;
    }
}
