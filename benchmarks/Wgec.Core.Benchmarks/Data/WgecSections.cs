using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Wgec.Core.Catalogue;
using Wgec.Core.Consensus;
using Wgec.Core.Consultation;
using Wgec.Core.Process;
using Wgec.Core.Recommendations;
using Wgec.Core.Serialization;

namespace Wgec.Core.Benchmarks.Data;

/// <summary>
/// Writes and reads the generated sections as one JSON object through the library's registered
/// converters (<see cref="WgecJson.Options"/>): every domain object is built through its validating
/// constructor when read. The object has the members workingGroup, consultation, catalogue,
/// recommendations, readings and roster.
/// </summary>
public static class WgecSections
{
    private static readonly JsonEncodedText WorkingGroupName = JsonEncodedText.Encode("workingGroup");
    private static readonly JsonEncodedText ConsultationName = JsonEncodedText.Encode("consultation");
    private static readonly JsonEncodedText CatalogueName = JsonEncodedText.Encode("catalogue");
    private static readonly JsonEncodedText RecommendationsName = JsonEncodedText.Encode("recommendations");
    private static readonly JsonEncodedText ReadingsName = JsonEncodedText.Encode("readings");
    private static readonly JsonEncodedText RosterName = JsonEncodedText.Encode("roster");

    private static readonly JsonTypeInfo<WorkingGroup> WorkingGroupInfo = Info<WorkingGroup>();
    private static readonly JsonTypeInfo<ConsultationRecord> ConsultationInfo = Info<ConsultationRecord>();
    private static readonly JsonTypeInfo<IssueCatalogue> CatalogueInfo = Info<IssueCatalogue>();
    private static readonly JsonTypeInfo<Recommendation> RecommendationInfo = Info<Recommendation>();
    private static readonly JsonTypeInfo<Reading> ReadingInfo = Info<Reading>();
    private static readonly JsonTypeInfo<Roster> RosterInfo = Info<Roster>();

    public static void Write(Utf8JsonWriter writer, GeneratedData data)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(data);
        writer.WriteStartObject();
        writer.WritePropertyName(WorkingGroupName);
        JsonSerializer.Serialize(writer, data.WorkingGroup, WorkingGroupInfo);
        writer.WritePropertyName(ConsultationName);
        JsonSerializer.Serialize(writer, data.Consultation, ConsultationInfo);
        writer.WritePropertyName(CatalogueName);
        JsonSerializer.Serialize(writer, data.Catalogue, CatalogueInfo);
        writer.WriteStartArray(RecommendationsName);
        foreach (var recommendation in data.Recommendations)
        {
            JsonSerializer.Serialize(writer, recommendation, RecommendationInfo);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(ReadingsName);
        foreach (var reading in data.Readings)
        {
            JsonSerializer.Serialize(writer, reading, ReadingInfo);
        }

        writer.WriteEndArray();
        writer.WritePropertyName(RosterName);
        JsonSerializer.Serialize(writer, data.Roster, RosterInfo);
        writer.WriteEndObject();
    }

    /// <summary>Reads and validates the sections; throws <see cref="JsonException"/> on invalid input.</summary>
    public static GeneratedData Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = WgecJsonSerializerOptionsExtensions.DefaultMaxDepth });
        Expect(ref reader, JsonTokenType.StartObject);
        WorkingGroup? workingGroup = null;
        ConsultationRecord? consultation = null;
        IssueCatalogue? catalogue = null;
        ImmutableArray<Recommendation>? recommendations = null;
        ImmutableArray<Reading>? readings = null;
        Roster? roster = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(WorkingGroupName.EncodedUtf8Bytes))
            {
                reader.Read();
                workingGroup = JsonSerializer.Deserialize(ref reader, WorkingGroupInfo);
            }
            else if (reader.ValueTextEquals(ConsultationName.EncodedUtf8Bytes))
            {
                reader.Read();
                consultation = JsonSerializer.Deserialize(ref reader, ConsultationInfo);
            }
            else if (reader.ValueTextEquals(CatalogueName.EncodedUtf8Bytes))
            {
                reader.Read();
                catalogue = JsonSerializer.Deserialize(ref reader, CatalogueInfo);
            }
            else if (reader.ValueTextEquals(RecommendationsName.EncodedUtf8Bytes))
            {
                recommendations = ReadArray(ref reader, RecommendationInfo);
            }
            else if (reader.ValueTextEquals(ReadingsName.EncodedUtf8Bytes))
            {
                readings = ReadArray(ref reader, ReadingInfo);
            }
            else if (reader.ValueTextEquals(RosterName.EncodedUtf8Bytes))
            {
                reader.Read();
                roster = JsonSerializer.Deserialize(ref reader, RosterInfo);
            }
            else
            {
                throw new JsonException($"unknown member '{reader.GetString()}'.");
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new JsonException("the sections object is not closed, or is followed by more JSON.");
        }

        return new GeneratedData(
            workingGroup ?? throw Missing("workingGroup"),
            consultation ?? throw Missing("consultation"),
            catalogue ?? throw Missing("catalogue"),
            recommendations ?? throw Missing("recommendations"),
            readings ?? throw Missing("readings"),
            roster ?? throw Missing("roster"));
    }

    private static ImmutableArray<T> ReadArray<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> info)
        where T : class
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"expected an array of {typeof(T).Name}.");
        }

        var builder = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            builder.Add(JsonSerializer.Deserialize(ref reader, info) ?? throw new JsonException($"a null {typeof(T).Name}."));
        }

        return builder.DrainToImmutable();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new JsonException($"expected {type}.");
        }
    }

    private static JsonException Missing(string member) => new($"the member '{member}' is missing.");

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)WgecJson.Options.GetTypeInfo(typeof(T));
}
