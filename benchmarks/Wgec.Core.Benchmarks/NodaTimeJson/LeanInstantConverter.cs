using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Wgec.Core.Benchmarks.NodaTimeJson;

/// <summary>
/// A prototype of an allocation-free <see cref="Instant"/> converter, measured here to size a
/// library change. Writing: an instant in 0001–9999 with whole 100 ns ticks is written through
/// <see cref="Utf8JsonWriter.WriteStringValue(DateTime)"/> of its UTC <see cref="DateTime"/>, which
/// gives the same text as NodaTime's extended ISO pattern ("uuuu-MM-ddTHH:mm:ss;FFFFFFFFFZ");
/// anything else falls back to that pattern. Reading delegates to the pattern. The benchmark's
/// setup checks byte-identical output against the stock converter.
/// </summary>
public sealed class LeanInstantConverter : JsonConverter<Instant>
{
    private static readonly Instant Min = Instant.FromUtc(1, 1, 1, 0, 0);
    private static readonly Instant Max = Instant.FromUtc(9999, 12, 31, 23, 59, 59);

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("an instant must be a string.");
        var result = InstantPattern.ExtendedIso.Parse(text);
        return result.Success ? result.Value : throw new JsonException(result.Exception.Message);
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value >= Min && value <= Max && (value - NodaConstants.UnixEpoch).SubsecondNanoseconds % 100 == 0)
        {
            writer.WriteStringValue(value.ToDateTimeUtc());
        }
        else
        {
            writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
        }
    }
}
