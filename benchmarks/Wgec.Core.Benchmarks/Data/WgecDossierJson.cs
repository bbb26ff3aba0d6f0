using System;
using System.Buffers;
using Wgec.Core.Serialization;

namespace Wgec.Core.Benchmarks.Data;

/// <summary>The library's whole-document path: <see cref="DossierSerializer"/> with full validation on reading.</summary>
public static class WgecDossierJson
{
    /// <summary>The strict defaults, with the input limit raised so the 240 MB dataset is accepted.</summary>
    public static DossierReadOptions ReadOptions { get; } = DossierReadOptions.Default.WithMaxInputBytes(int.MaxValue);

    public static byte[] ToUtf8(Dossier dossier)
    {
        var buffer = new ArrayBufferWriter<byte>(1024 * 1024);
        DossierSerializer.Write(dossier, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    public static Dossier Read(ReadOnlySpan<byte> utf8) => DossierSerializer.Read(utf8, ReadOptions);
}
