using System.Text.Json;
using Wgec.Core.Consultation;
using Wgec.Core.Serialization.Engine;

namespace Wgec.Core.Serialization.Streaming;

/// <summary>
/// Reads one record's bytes into a <see cref="Response"/> through the generated one-pass reader,
/// with one reading context for the whole stream: a record costs what its response holds, and
/// repeated short values (identifiers, language tags, options) are one string each.
/// </summary>
internal sealed class ResponseRecordReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = JsonWrite.MaxDepth };

    private readonly ReadErrors _errors = new();
    private readonly JsonReadContext _context;
    private readonly RecordPositionKind _kind;

    public ResponseRecordReader(RecordPositionKind kind)
    {
        _kind = kind;
        _context = new JsonReadContext(_errors, "$", UnknownMembers.Reject, DossierSerializer.CurrentVersion, DossierSerializer.CurrentVersion);
    }

    /// <summary>The response the bytes hold, or null with what is wrong.</summary>
    public Response? Read(System.ReadOnlySpan<byte> json, long position, out BadRecord? bad)
    {
        bad = null;
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null && !reader.Read())
            {
                bad = new BadRecord(_kind, position, "null-record", "the record is null, not a response.");
                return null;
            }

            var ok = WgecCodecs.ReadResponse(ref reader, _context, out var response);
            if (ok && !_errors.HasErrors)
            {
                // The record is one JSON value: anything after it is malformed.
                reader.Read();
                return response;
            }

            var errors = _errors.ToImmutable();
            var first = errors.IsEmpty ? new ValidationError("$", "invalid", "the record could not be read.") : errors[0];
            var more = errors.Length > 1 ? $" ({errors.Length - 1} more error{(errors.Length > 2 ? "s" : "")} in the record)" : "";
            bad = new BadRecord(_kind, position, first.Rule, first + more);
            return null;
        }
        catch (JsonException ex)
        {
            bad = new BadRecord(_kind, position, "malformed-json", Malformed(ex));
            return null;
        }
        finally
        {
            _context.Reset();
        }
    }

    // Line and byte count within the record: a pretty-printed array element spans lines.
    private static string Malformed(JsonException ex) => "malformed JSON in the record: " + JsonRead.Describe(ex);
}
