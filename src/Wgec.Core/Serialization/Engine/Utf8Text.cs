using System;
using System.Text;

namespace Wgec.Core.Serialization.Engine;

/// <summary>Strict UTF-8: invalid bytes are a fault to report, never a U+FFFD.</summary>
internal static class Utf8Text
{
    /// <summary>A decoder and encoder that throw on invalid input instead of replacing it.</summary>
    public static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8 that is known to be valid.</summary>
    public static string GetString(ReadOnlySpan<byte> utf8)
    {
#if NETSTANDARD2_0
        return Strict.GetString(utf8.ToArray());
#else
        return Strict.GetString(utf8);
#endif
    }

    /// <summary>Whether the bytes are well-formed UTF-8.</summary>
    public static bool IsValid(ReadOnlySpan<byte> utf8)
    {
#if NETSTANDARD2_0
        try
        {
            Strict.GetCharCount(utf8.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
#else
        return System.Text.Unicode.Utf8.IsValid(utf8);
#endif
    }
}
