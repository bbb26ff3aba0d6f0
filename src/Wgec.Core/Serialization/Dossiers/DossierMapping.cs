using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Recommendations;
using Wgec.Core.Serialization.Catalogue;
using Wgec.Core.Serialization.Common;
using Wgec.Core.Serialization.Consensus;
using Wgec.Core.Serialization.Consultation;
using Wgec.Core.Serialization.Meetings;
using Wgec.Core.Serialization.ProcessDtos;
using RecommendationMapping = Wgec.Core.Serialization.Recommendations.RecommendationMapping;
using ReportMapping = Wgec.Core.Serialization.Recommendations.ReportMapping;

namespace Wgec.Core.Serialization.Dossiers;

/// <summary>Maps <see cref="Dossier"/> and <see cref="Deliberation"/> to and from their DTOs, section by section.</summary>
internal static class DossierMapping
{
    public static DossierDto ToDto(Dossier value) => new()
    {
        Title = value.Title,
        Process = ProcessMapping.ToDto(value.Process),
        Consultation = value.Consultation is null ? null : ConsultationMapping.ToDto(value.Consultation),
        Catalogue = value.Catalogue is null ? null : CatalogueMapping.ToDto(value.Catalogue),
        CorrespondenceGroup = value.CorrespondenceGroup is null ? null : CorrespondenceGroupMapping.ToDto(value.CorrespondenceGroup),
        Deliberation = ToDto(value.Deliberation),
        OtherEvents = value.OtherEvents.Select(MeetingsMapping.ToDto).ToList(),
    };

    public static Dossier? FromDto(DossierDto dto, string path, ReadErrors errors)
    {
        var process = ProcessMapping.FromDto(dto.Process, ReadErrors.Member(path, "process"), errors);
        var consultation = dto.Consultation is null ? null : ConsultationMapping.FromDto(dto.Consultation, ReadErrors.Member(path, "consultation"), errors);
        var catalogue = dto.Catalogue is null ? null : CatalogueMapping.FromDto(dto.Catalogue, ReadErrors.Member(path, "catalogue"), errors);
        var group = dto.CorrespondenceGroup is null ? null : CorrespondenceGroupMapping.FromDto(dto.CorrespondenceGroup, ReadErrors.Member(path, "correspondenceGroup"), errors);
        var deliberation = FromDto(dto.Deliberation, ReadErrors.Member(path, "deliberation"), errors);
        var events = errors.MapAll(dto.OtherEvents, ReadErrors.Member(path, "otherEvents"), (e, p) => MeetingsMapping.FromDto(e, p, errors));
        if (process is null || deliberation is null || events is null
            || (dto.Consultation is not null && consultation is null)
            || (dto.Catalogue is not null && catalogue is null)
            || (dto.CorrespondenceGroup is not null && group is null))
        {
            return null;
        }

        return errors.Build(path, () => new Dossier(dto.Title, process, consultation, catalogue, group, deliberation, events.Value));
    }

    public static DeliberationDto ToDto(Deliberation value) => new()
    {
        Groups = value.Groups.Select(ReportMapping.ToDto).ToList(),
        Recommendations = value.Recommendations.Select(RecommendationMapping.ToDto).ToList(),
        Readings = value.Readings.Select(ConsensusMapping.ToDto).ToList(),
        Ledger = ConsensusMapping.ToDto(value.Ledger),
        Agreements = ConsensusMapping.ToDto(value.Agreements),
        Opinions = value.Opinions.Select(RecommendationMapping.ToDto).ToList(),
        Axes = value.Axes.Select(RecommendationMapping.ToDto).ToList(),
        ContributionCategories = value.ContributionCategories.ToList(),
        Conclusion = value.Conclusion.ToList(),
        DeclaredAgreedCount = value.DeclaredAgreedCount,
        Sources = CommonMapping.ToDtos(value.Sources),
    };

    public static Deliberation? FromDto(DeliberationDto dto, string path, ReadErrors errors)
    {
        var groups = errors.MapAll(dto.Groups, ReadErrors.Member(path, "groups"), (d, p) => ReportMapping.FromDto(d, p, errors));
        var recommendations = errors.MapAll(dto.Recommendations, ReadErrors.Member(path, "recommendations"), (d, p) => RecommendationMapping.FromDto(d, p, errors));
        var readings = errors.MapAll(dto.Readings, ReadErrors.Member(path, "readings"), (d, p) => ConsensusMapping.FromDto(d, p, errors));
        var ledger = ConsensusMapping.FromDto(dto.Ledger, ReadErrors.Member(path, "ledger"), errors);
        var agreements = ConsensusMapping.FromDto(dto.Agreements, ReadErrors.Member(path, "agreements"), errors);
        var opinions = errors.MapAll(dto.Opinions, ReadErrors.Member(path, "opinions"), (d, p) => RecommendationMapping.FromDto(d, p, errors));
        var axes = errors.MapAll(dto.Axes, ReadErrors.Member(path, "axes"), (d, p) => RecommendationMapping.FromDto(d, p, errors));
        var categories = Texts(dto.ContributionCategories, ReadErrors.Member(path, "contributionCategories"), errors);
        var conclusion = Texts(dto.Conclusion, ReadErrors.Member(path, "conclusion"), errors);
        var sources = CommonMapping.FromDtos(dto.Sources, ReadErrors.Member(path, "sources"), errors);
        if (groups is null || recommendations is null || readings is null || ledger is null || agreements is null
            || opinions is null || axes is null || categories is null || conclusion is null || sources is null)
        {
            return null;
        }

        return errors.Build(path, () => new Deliberation(
            groups.Value, recommendations.Value, readings.Value, ledger, agreements, opinions.Value, axes.Value,
            categories.Value, conclusion.Value, dto.DeclaredAgreedCount, sources.Value));
    }

    private static ImmutableArray<string>? Texts(IReadOnlyList<string?> texts, string path, ReadErrors errors) =>
        errors.MapAll(texts, path, (t, _) => t);
}
