using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Wgec.Core.Serialization.Documents;

/// <summary>
/// Reads the envelope <c>{ "format", "formatVersion", "&lt;payload&gt;" }</c> of a Wgec.Core
/// document from untrusted bytes: size limit, byte-order mark, version check, migrations,
/// unknown members, then the typed payload. Every fault becomes an error with a JSON path;
/// nothing else escapes.
/// </summary>
internal static class EnvelopeReader
{
    public const string FormatMember = "format";
    public const string VersionMember = "formatVersion";

    private static readonly ImmutableArray<MigrationStep> Migrations = [new SourcesListMigration()];

    /// <summary>The result of reading the envelope and the payload DTO.</summary>
    internal readonly struct Result<TDto>
        where TDto : class
    {
        public Result(TDto? payload, FormatVersion version, ImmutableArray<PreservedMember> preserved)
        {
            Payload = payload;
            Version = version;
            Preserved = preserved;
        }

        public TDto? Payload { get; }

        public FormatVersion Version { get; }

        public ImmutableArray<PreservedMember> Preserved { get; }
    }

    public static Result<TDto> Read<TDto>(
        ReadOnlySpan<byte> utf8,
        DocumentKind kind,
        JsonTypeInfo<TDto> payloadInfo,
        DossierReadOptions options,
        ReadErrors errors)
        where TDto : class
    {
        var none = new Result<TDto>(null, default, ImmutableArray<PreservedMember>.Empty);
        if (utf8.Length > options.MaxInputBytes)
        {
            errors.Add("$", "input-too-large", $"the input is {utf8.Length} bytes; the limit is {options.MaxInputBytes} (DossierReadOptions.MaxInputBytes).");
            return none;
        }

        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            errors.Add("$", "byte-order-mark", "the input starts with a UTF-8 byte order mark, which JSON text must not have (RFC 8259 §8.1).");
            return none;
        }

        if (!TryScan(utf8, kind, options, errors, out var scan))
        {
            return none;
        }

        var payloadPath = ReadErrors.Member("$", kind.PayloadMember);
        var payloadBytes = utf8.Slice(scan.PayloadStart, scan.PayloadLength);
        var preserved = new List<PreservedMember>(scan.Preserved);
        var newer = scan.Version.Minor > kind.Current.Minor;

        if (scan.Version < kind.Current || options.UnknownMembers == UnknownMembers.Preserve)
        {
            var node = ParseNode(payloadBytes, payloadInfo.Options, payloadPath, errors);
            if (node is null)
            {
                return none;
            }

            foreach (var step in Migrations)
            {
                if (step.From >= scan.Version && step.To <= kind.Current)
                {
                    step.Apply(node, payloadInfo, payloadPath, errors);
                }
            }

            if (options.UnknownMembers == UnknownMembers.Preserve)
            {
                preserved.AddRange(MemberWalk.StripUnknown(node, payloadInfo, payloadPath));
            }

            if (errors.HasErrors)
            {
                return none;
            }

            var dto = Deserialize(node, payloadInfo, payloadPath, newer, kind, errors);
            return new Result<TDto>(dto, scan.Version, preserved.ToImmutableArray());
        }

        var direct = Deserialize(payloadBytes, payloadInfo, payloadPath, newer, kind, errors);
        return new Result<TDto>(direct, scan.Version, preserved.ToImmutableArray());
    }

    private readonly struct Scan
    {
        public Scan(FormatVersion version, int payloadStart, int payloadLength, List<PreservedMember> preserved)
        {
            Version = version;
            PayloadStart = payloadStart;
            PayloadLength = payloadLength;
            Preserved = preserved;
        }

        public FormatVersion Version { get; }

        public int PayloadStart { get; }

        public int PayloadLength { get; }

        public List<PreservedMember> Preserved { get; }
    }

    private static bool TryScan(ReadOnlySpan<byte> utf8, DocumentKind kind, DossierReadOptions options, ReadErrors errors, out Scan scan)
    {
        scan = default;
        string? format = null;
        string? versionText = null;
        int payloadStart = -1, payloadLength = 0;
        var preserved = new List<PreservedMember>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (IsBlank(utf8))
        {
            errors.Add("$", "empty-document", "the document is empty: expected a JSON object.");
            return false;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = WgecJsonSerializerOptionsExtensions.DefaultMaxDepth });
        var rootClosed = false;
        string? inValueOf = null;
        try
        {
            reader.Read();

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                errors.Add("$", "root-not-object", $"the root must be a JSON object with '{FormatMember}', '{VersionMember}' and '{kind.PayloadMember}', found {Describe(reader.TokenType)}.");
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var path = ReadErrors.Member("$", name);
                if (!seen.Add(name))
                {
                    errors.Add(path, "duplicate-member", $"'{name}' appears more than once.");
                }

                inValueOf = path;
                reader.Read();
                if (name == FormatMember || name == VersionMember)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        errors.Add(path, "invalid-type", $"'{name}' must be a string, found {Describe(reader.TokenType)}.");
                        reader.Skip();
                        continue;
                    }

                    if (name == FormatMember)
                    {
                        format = reader.GetString();
                    }
                    else
                    {
                        versionText = reader.GetString();
                    }
                }
                else if (name == kind.PayloadMember)
                {
                    payloadStart = (int)reader.TokenStartIndex;
                    reader.Skip();
                    payloadLength = (int)reader.BytesConsumed - payloadStart;
                }
                else
                {
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    if (options.UnknownMembers == UnknownMembers.Preserve)
                    {
                        var raw = utf8.Slice(start, (int)reader.BytesConsumed - start);
                        preserved.Add(new PreservedMember("$", name, JsonNode.Parse(raw.ToArray())?.ToJsonString() ?? "null"));
                    }
                    else
                    {
                        errors.Add(path, "unknown-member", $"'{name}' is not a member of a {kind.FormatName} envelope.");
                    }
                }

                inValueOf = null;
            }

            rootClosed = true;
            reader.Read();
        }
        catch (JsonException ex)
        {
            if (rootClosed)
            {
                errors.Add("$", "trailing-content", "there is content after the root object.");
            }
            else
            {
                // The reader knows no JSON path; the envelope member whose value is malformed and
                // the position are the most precise place there is.
                var position = ex.LineNumber is { } line && ex.BytePositionInLine is { } column
                    ? $" (line {(line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}, byte {(column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)})"
                    : string.Empty;
                errors.Add(inValueOf ?? ex.Path ?? "$", "invalid-json", Clean(ex.Message) + position);
            }

            return false;
        }
        catch (InvalidOperationException ex) when (ex.InnerException is DecoderFallbackException)
        {
            // Utf8JsonReader checks the UTF-8 of a string only when it is decoded, and then throws
            // InvalidOperationException; outside JsonSerializer nothing turns that into a JsonException.
            var at = reader.TokenStartIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
            errors.Add(inValueOf ?? "$", "invalid-json", $"the string starting at byte offset {at} is not valid UTF-8.");
            return false;
        }

        if (format is null && !seen.Contains(FormatMember))
        {
            errors.Add("$", "required", $"'{FormatMember}' is required.");
        }
        else if (format is not null && format != kind.FormatName)
        {
            errors.Add("$." + FormatMember, "unknown-format", $"'{format}' is not a format this reader reads; expected '{kind.FormatName}'.");
        }

        FormatVersion version = default;
        if (versionText is null && !seen.Contains(VersionMember))
        {
            errors.Add("$", "required", $"'{VersionMember}' is required.");
        }
        else if (versionText is not null)
        {
            if (!FormatVersion.TryParse(versionText, out version))
            {
                errors.Add("$." + VersionMember, "invalid-version", $"'{versionText}' is not a format version: expected major.minor, e.g. \"{kind.Current}\".");
            }
            else if (version.Major != kind.Current.Major)
            {
                errors.Add("$." + VersionMember, "unsupported-version", $"format version {version} is not supported: this reader reads {kind.Current.Major}.0 to {kind.Current.Major}.x (it writes {kind.Current}).");
            }
        }

        if (payloadStart < 0 && !seen.Contains(kind.PayloadMember))
        {
            errors.Add("$", "required", $"'{kind.PayloadMember}' is required.");
        }

        if (errors.HasErrors)
        {
            return false;
        }

        scan = new Scan(version, payloadStart, payloadLength, preserved);
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

    private static JsonNode? ParseNode(ReadOnlySpan<byte> utf8, JsonSerializerOptions options, string path, ReadErrors errors)
    {
        try
        {
            var node = JsonNode.Parse(utf8.ToArray(), documentOptions: new JsonDocumentOptions { MaxDepth = options.MaxDepth, AllowDuplicateProperties = false });
            if (node is null)
            {
                errors.Add(path, "required", "the payload must not be null.");
            }

            return node;
        }
        catch (JsonException ex)
        {
            errors.Add(Prefix(path, ex.Path), "invalid-json", Clean(ex.Message));
            return null;
        }
    }

    private static TDto? Deserialize<TDto>(ReadOnlySpan<byte> utf8, JsonTypeInfo<TDto> info, string path, bool newer, DocumentKind kind, ReadErrors errors)
        where TDto : class
    {
        try
        {
            var dto = JsonSerializer.Deserialize(utf8, info);
            if (dto is null)
            {
                errors.Add(path, "required", "the payload must not be null.");
            }

            return dto;
        }
        catch (Exception ex) when (IsReadFault(ex))
        {
            AddFault(ex, path, newer, kind, errors);
            return null;
        }
    }

    private static TDto? Deserialize<TDto>(JsonNode node, JsonTypeInfo<TDto> info, string path, bool newer, DocumentKind kind, ReadErrors errors)
        where TDto : class
    {
        try
        {
            var dto = node.Deserialize(info);
            if (dto is null)
            {
                errors.Add(path, "required", "the payload must not be null.");
            }

            return dto;
        }
        catch (Exception ex) when (IsReadFault(ex))
        {
            AddFault(ex, path, newer, kind, errors);
            return null;
        }
    }

    // The serializer reports most faults as JsonException; invalid UTF-16 in escapes, number
    // overflow and similar can surface as these types, and are still faults of the input.
    private static bool IsReadFault(Exception ex) =>
        ex is JsonException or InvalidOperationException or FormatException or OverflowException or ArgumentException;

    private static void AddFault(Exception ex, string path, bool newer, DocumentKind kind, ReadErrors errors)
    {
        var at = ex is JsonException j ? Prefix(path, j.Path) : path;
        var message = Clean(ex.Message);
        const string unmapped = "The JSON property '";
        var rule = "invalid-json";
        if (ex is JsonException && message.StartsWith(unmapped, StringComparison.Ordinal) && message.IndexOf("' could not be mapped", StringComparison.Ordinal) is var end and > 0)
        {
            rule = "unknown-member";
            message = $"'{message.Substring(unmapped.Length, end - unmapped.Length)}' is not a member of this object.";
        }

        if (newer && rule == "unknown-member")
        {
            message += $" The document is a newer minor version than {kind.Current}: read it with UnknownMembers.Preserve to keep such members.";
        }

        errors.Add(at, rule, message);
    }

    internal static string Prefix(string path, string? relative) =>
        relative is null || relative.Length <= 1 ? path : path + relative.Substring(1);

    /// <summary>The serializer's message without its " Path: … | LineNumber: …" tail, which the error's path replaces.</summary>
    internal static string Clean(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        var text = cut > 0 ? message.Substring(0, cut) : message;
        return text.Length == 0 ? "invalid JSON." : text;
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        _ => token.ToString(),
    };
}
