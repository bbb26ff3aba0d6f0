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

    /// <summary>The index of the first byte that does not begin a well-formed UTF-8 sequence, or -1 when all are well-formed.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var i = 0;
        while (i < utf8.Length)
        {
            var b = utf8[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            // RFC 3629 table 3-7: the lead byte fixes the length and the range of the second byte.
            int more, low = 0x80, high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF)
            {
                more = 1;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                more = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                more = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            }
            else
            {
                return i;
            }

            if (i + more >= utf8.Length)
            {
                return i;
            }

            if (utf8[i + 1] < low || utf8[i + 1] > high)
            {
                return i;
            }

            for (var k = 2; k <= more; k++)
            {
                if (utf8[i + k] < 0x80 || utf8[i + k] > 0xBF)
                {
                    return i;
                }
            }

            i += more + 1;
        }

        return -1;
    }
}
