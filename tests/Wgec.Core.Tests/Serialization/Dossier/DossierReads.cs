using System.Collections.Immutable;
using System.IO;
using System.Text;
using Wgec.Core.Serialization;

namespace Wgec.Core.Tests.Serialization.Dossier;

/// <summary>
/// Reads the way a caller must: a bare dossier, or a <see cref="DossierDocument"/> when the options
/// keep unknown members (a bare dossier has nowhere to keep them); writes either back.
/// </summary>
internal static class DossierReads
{
    private static bool Keeps(DossierReadOptions options) => options.UnknownMembers == UnknownMembers.Preserve;

    public static bool TryRead(byte[] utf8, DossierReadOptions options, out object? value, out ImmutableArray<ValidationError> errors)
    {
        if (Keeps(options))
        {
            var ok = DossierSerializer.TryReadDocument(utf8, options, out var document, out errors);
            value = document;
            return ok;
        }

        var read = DossierSerializer.TryRead(utf8, options, out var dossier, out errors);
        value = dossier;
        return read;
    }

    public static bool TryRead(byte[] utf8, out object? value, out ImmutableArray<ValidationError> errors) =>
        TryRead(utf8, DossierReadOptions.Default, out value, out errors);

    public static bool TryRead(string json, DossierReadOptions options, out object? value, out ImmutableArray<ValidationError> errors)
    {
        if (Keeps(options))
        {
            var ok = DossierSerializer.TryReadDocument(json, options, out var document, out errors);
            value = document;
            return ok;
        }

        var read = DossierSerializer.TryRead(json, options, out var dossier, out errors);
        value = dossier;
        return read;
    }

    public static object Read(string json, DossierReadOptions options) =>
        Keeps(options) ? DossierSerializer.ReadDocument(json, options) : DossierSerializer.Read(json, options);

    public static object Read(byte[] utf8, DossierReadOptions options) =>
        Keeps(options) ? DossierSerializer.ReadDocument(utf8, options) : DossierSerializer.Read(utf8, options);

    public static object Read(Stream stream, DossierReadOptions options) =>
        Keeps(options) ? DossierSerializer.ReadDocument(stream, options) : DossierSerializer.Read(stream, options);

    public static byte[] ToUtf8Bytes(object value, bool indented = false)
    {
        if (value is DossierDocument document)
        {
            using var stream = new MemoryStream();
            DossierSerializer.Write(document, stream, indented);
            return stream.ToArray();
        }

        return DossierSerializer.ToUtf8Bytes((Wgec.Core.Dossier)value, indented);
    }

    public static string ToJson(object value, bool indented = false) => Encoding.UTF8.GetString(ToUtf8Bytes(value, indented));
}
