using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Wgec.Core.Serialization;

/// <summary>
/// Serializes a domain type through its transfer object: writing maps domain → DTO, reading maps
/// DTO → domain through the domain constructors, so JSON can never create an object its
/// constructor would refuse. Every error found is reported in one <see cref="WgecFormatException"/>.
/// </summary>
internal sealed class DtoConverter<TDomain, TDto> : JsonConverter<TDomain>
    where TDomain : class
    where TDto : class
{
    private readonly Func<TDomain, TDto> _toDto;
    private readonly Func<TDto, string, ReadErrors, TDomain?> _fromDto;

    internal DtoConverter(Func<TDomain, TDto> toDto, Func<TDto, string, ReadErrors, TDomain?> fromDto)
    {
        _toDto = toDto;
        _fromDto = fromDto;
    }

    public override TDomain Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<TDto>)options.GetTypeInfo(typeof(TDto));
        var dto = JsonSerializer.Deserialize(ref reader, info) ?? throw new JsonException($"a {typeof(TDomain).Name} must not be null.");
        var errors = new ReadErrors();
        var result = _fromDto(dto, "$", errors);
        if (errors.HasErrors || result is null)
        {
            throw new WgecFormatException(errors.ToImmutable());
        }

        return result;
    }

    public override void Write(Utf8JsonWriter writer, TDomain value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<TDto>)options.GetTypeInfo(typeof(TDto));
        JsonSerializer.Serialize(writer, _toDto(value), info);
    }
}
