using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Wgec.Core.Catalogue;
using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>Maps the correspondence-group types to and from their DTOs: <c>ToDto</c> is total; <c>FromDto</c> records errors at JSON paths.</summary>
internal static class CorrespondenceGroupMapping
{
    public static CoordinatorDto ToDto(Coordinator value) => new()
    {
        Name = value.Name,
        Role = value.Role,
        Participant = value.Participant,
    };

    public static Coordinator? FromDto(CoordinatorDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new Coordinator(dto.Name, dto.Role, dto.Participant));

    public static MilestoneDto ToDto(Milestone value) => new()
    {
        Due = value.Due,
        Kind = value.Kind,
        Description = value.Description,
        Source = value.Source is null ? null : CommonMapping.ToDto(value.Source),
    };

    public static Milestone? FromDto(MilestoneDto dto, string path, ReadErrors errors)
    {
        var source = dto.Source is null ? null : CommonMapping.FromDto(dto.Source, ReadErrors.Member(path, "source"), errors);
        return dto.Source is not null && source is null ? null : errors.Build(path, () => new Milestone(dto.Due, dto.Kind, dto.Description, source));
    }

    public static ContributionDto ToDto(Contribution value) => new()
    {
        Contributor = value.Contributor,
        Title = value.Title,
        Category = value.Category,
        Submitted = value.Submitted,
        Source = value.Source is null ? null : CommonMapping.ToDto(value.Source),
    };

    public static Contribution? FromDto(ContributionDto dto, string path, ReadErrors errors)
    {
        var source = dto.Source is null ? null : CommonMapping.FromDto(dto.Source, ReadErrors.Member(path, "source"), errors);
        return dto.Source is not null && source is null ? null : errors.Build(path, () => new Contribution(dto.Contributor, dto.Title, dto.Category, dto.Submitted, source));
    }

    public static CorrespondenceGroupDto ToDto(CorrespondenceGroup value) => new()
    {
        TermsOfReference = value.TermsOfReference.ToList(),
        OpenToAllStakeholders = value.OpenToAllStakeholders,
        Coordinators = value.Coordinators.Select(ToDto).ToList(),
        Milestones = value.Milestones.Select(ToDto).ToList(),
        Contributions = value.Contributions.Select(ToDto).ToList(),
        ChairReport = value.ChairReport is null ? null : CommonMapping.ToDto(value.ChairReport),
        Mapping = value.Mapping is null ? null : MappingExerciseMapping.ToDto(value.Mapping),
        Sources = CommonMapping.ToDtos(value.Sources),
    };

    public static CorrespondenceGroup? FromDto(CorrespondenceGroupDto dto, string path, ReadErrors errors)
    {
        var coordinators = errors.MapAll(dto.Coordinators, ReadErrors.Member(path, "coordinators"), (d, p) => FromDto(d, p, errors));
        var milestones = errors.MapAll(dto.Milestones, ReadErrors.Member(path, "milestones"), (d, p) => FromDto(d, p, errors));
        var contributions = errors.MapAll(dto.Contributions, ReadErrors.Member(path, "contributions"), (d, p) => FromDto(d, p, errors));
        var chairReport = dto.ChairReport is null ? null : CommonMapping.FromDto(dto.ChairReport, ReadErrors.Member(path, "chairReport"), errors);
        var mapping = dto.Mapping is null ? null : MappingExerciseMapping.FromDto(dto.Mapping, ReadErrors.Member(path, "mapping"), errors);
        var sources = CommonMapping.FromDtos(dto.Sources, ReadErrors.Member(path, "sources"), errors);
        if (coordinators is null || milestones is null || contributions is null || sources is null
            || (dto.ChairReport is not null && chairReport is null) || (dto.Mapping is not null && mapping is null))
        {
            return null;
        }

        return errors.Build(path, () => new CorrespondenceGroup(dto.TermsOfReference, dto.OpenToAllStakeholders, coordinators.Value, milestones.Value, contributions.Value, chairReport, mapping, sources.Value));
    }

    internal static void Register(IList<JsonConverter> converters)
    {
        converters.Add(new DtoConverter<Coordinator, CoordinatorDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<Milestone, MilestoneDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<Contribution, ContributionDto>(ToDto, FromDto));
        converters.Add(new DtoConverter<CorrespondenceGroup, CorrespondenceGroupDto>(ToDto, FromDto));
    }
}
