using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Wgec.Core.Benchmarks.Plain;

/// <summary>Pre-encoded camelCase names of enum values (the library's enums are int-backed, 0..n-1), looked up without boxing.</summary>
public static class EnumText
{
    public static JsonEncodedText Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.Names[Unsafe.As<TEnum, int>(ref value)];

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        internal static readonly JsonEncodedText[] Names = Build();

        private static JsonEncodedText[] Build()
        {
            var values = Enum.GetValues<TEnum>();
            var names = new JsonEncodedText[values.Length];
            foreach (var value in values)
            {
                names[Convert.ToInt32(value, CultureInfo.InvariantCulture)] = JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
            }

            return names;
        }
    }
}
