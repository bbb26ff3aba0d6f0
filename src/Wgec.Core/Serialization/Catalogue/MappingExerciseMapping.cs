using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Wgec.Core.Catalogue;
using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>Maps the mapping-exercise types to and from their DTOs: <c>ToDto</c> is total; <c>FromDto</c> records errors at JSON paths.</summary>
internal static class MappingExerciseMapping
{
    public static MappingAreaDto ToDto(MappingArea value) => new()
    {
        Number = value.Number,
        Name = value.Name,
        IssueNumbers = value.IssueNumbers.ToList(),
    };

    public static MappingArea? FromDto(MappingAreaDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new MappingArea(dto.Number, dto.Name, dto.IssueNumbers));

    public static MechanismLinkDto ToDto(MechanismLink value) => new()
    {
        Target = value.Target,
        Number = value.Number,
        Coverage = value.Coverage,
    };

    public static MechanismLink? FromDto(MechanismLinkDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new MechanismLink(dto.Target, dto.Number, dto.Coverage));

    public static MechanismDto ToDto(Mechanism value) => new()
    {
        Name = value.Name,
        Type = value.Type,
        Mandate = CommonMapping.ToDto(value.Mandate),
        Links = value.Links.Select(ToDto).ToList(),
    };

    public static Mechanism? FromDto(MechanismDto dto, string path, ReadErrors errors)
    {
        var mandate = CommonMapping.FromDto(dto.Mandate, ReadErrors.Member(path, "mandate"), errors);
        var links = errors.MapAll(dto.Links, ReadErrors.Member(path, "links"), (d, p) => FromDto(d, p, errors));
        return mandate is null || links is null ? null : errors.Build(path, () => new Mechanism(dto.Name, dto.Type, mandate, links.Value));
    }

    public static MappingExerciseDto ToDto(MappingExercise value) => new()
    {
        Areas = value.Areas.Select(ToDto).ToList(),
        Mechanisms = value.Mechanisms.Select(ToDto).ToList(),
        DeclaredAreaCount = value.DeclaredAreaCount,
        Source = value.Source is null ? null : CommonMapping.ToDto(value.Source),
    };

    public static MappingExercise? FromDto(MappingExerciseDto dto, string path, ReadErrors errors)
    {
        var areas = errors.MapAll(dto.Areas, ReadErrors.Member(path, "areas"), (d, p) => FromDto(d, p, errors));
        var mechanisms = errors.MapAll(dto.Mechanisms, ReadErrors.Member(path, "mechanisms"), (d, p) => FromDto(d, p, errors));
        var source = dto.Source is null ? null : CommonMapping.FromDto(dto.Source, ReadErrors.Member(path, "source"), errors);
        if (areas is null || mechanisms is null || (dto.Source is not null && source is null))
        {
            return null;
        }

        return errors.Build(path, () => new MappingExercise(areas.Value, mechanisms.Value, dto.DeclaredAreaCount, source));
    }

    internal static void Register(IList<JsonConverter> converters)
    {
        converters.Add(new DtoConverter<MappingArea, MappingAreaDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<MechanismLink, MechanismLinkDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<Mechanism, MechanismDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<MappingExercise, MappingExerciseDto>(ToDto, FromDto));
    }
}
