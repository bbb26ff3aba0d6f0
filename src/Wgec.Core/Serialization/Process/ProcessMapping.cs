using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Wgec.Core.Identifiers;
using Wgec.Core.Meetings;
using Wgec.Core.Process;
using Wgec.Core.Serialization.Common;
using Wgec.Core.Serialization.Meetings;

namespace Wgec.Core.Serialization.ProcessDtos;

/// <summary>
/// Maps the process types to and from their DTOs: <c>ToDto</c> is total; <c>FromDto</c> maps
/// children first, records errors at JSON paths and builds through the public constructors.
/// Empty optional lists are written as absent members and read back as empty.
/// The namespace is <c>ProcessDtos</c>, not <c>Process</c>: a <c>Wgec.Core.Serialization.Process</c>
/// namespace would shadow <c>Wgec.Core.Process</c> in the shared <see cref="WgecJsonContext"/> file.
/// </summary>
internal static class ProcessMapping
{
    public static ReportingTargetDto ToDto(ReportingTarget value) => new()
    {
        Body = value.Body,
        SessionNumber = value.SessionNumber,
        SessionDates = value.SessionDates,
        Sources = SourcesToDto(value.Sources),
    };

    public static ReportingTarget? FromDto(ReportingTargetDto dto, string path, ReadErrors errors)
    {
        var sources = SourcesFromDto(dto.Sources, path, errors);
        return sources is null ? null : errors.Build(path, () => new ReportingTarget(dto.Body, dto.SessionNumber, dto.SessionDates, sources.Value));
    }

    public static MandateDto ToDto(Mandate value) => new()
    {
        Resolution = value.Resolution,
        AdoptionYear = value.AdoptionYear,
        AdoptedOn = value.AdoptedOn,
        Summary = value.Summary,
        Tasks = value.Tasks.ToList(),
        ReportingTarget = ToDto(value.ReportingTarget),
        ReferencedParagraphs = value.ReferencedParagraphs.IsEmpty ? null : value.ReferencedParagraphs.ToList(),
        Sources = SourcesToDto(value.Sources),
    };

    public static Mandate? FromDto(MandateDto dto, string path, ReadErrors errors)
    {
        var target = FromDto(dto.ReportingTarget, ReadErrors.Member(path, "reportingTarget"), errors);
        var sources = SourcesFromDto(dto.Sources, path, errors);
        if (target is null || sources is null)
        {
            return null;
        }

        return errors.Build(path, () => new Mandate(
            dto.Resolution, dto.AdoptionYear, dto.AdoptedOn, dto.Summary, dto.Tasks, target, dto.ReferencedParagraphs ?? [], sources.Value));
    }

    public static ParticipantDto ToDto(Participant value) => new()
    {
        Id = value.Id,
        Kind = value.Kind,
        Name = value.Name,
        Affiliation = value.Affiliation,
        StakeholderGroup = value.StakeholderGroup,
        Standing = value.Standing,
        Sources = SourcesToDto(value.Sources),
    };

    public static Participant? FromDto(ParticipantDto dto, string path, ReadErrors errors)
    {
        var sources = SourcesFromDto(dto.Sources, path, errors);
        return sources is null ? null : errors.Build(path, () => new Participant(
            dto.Id, dto.Kind, dto.StakeholderGroup, dto.Standing, dto.Name, dto.Affiliation, sources.Value));
    }

    public static CompositionPolicyDto ToDto(CompositionPolicy value) => new()
    {
        Seats = value.Seats.Select(pair => new SeatAllocationDto { Group = pair.Key, Seats = pair.Value }).ToList(),
        Description = value.Description,
    };

    public static CompositionPolicy? FromDto(CompositionPolicyDto dto, string path, ReadErrors errors)
    {
        if (dto.Seats.Any(seat => seat is null))
        {
            errors.Add(ReadErrors.Member(path, "seats"), "null-element", "a list element must not be null.");
            return null;
        }

        return errors.Build(path, () => new CompositionPolicy(
            dto.Seats.Select(seat => new KeyValuePair<StakeholderGroup, int>(seat.Group, seat.Seats)), dto.Description));
    }

    public static CompositionDto ToDto(Composition value) => new()
    {
        Policy = ToDto(value.Policy),
        Participants = value.Participants.Select(ToDto).ToList(),
    };

    public static Composition? FromDto(CompositionDto dto, string path, ReadErrors errors)
    {
        var policy = FromDto(dto.Policy, ReadErrors.Member(path, "policy"), errors);
        var participants = errors.MapAll(dto.Participants, ReadErrors.Member(path, "participants"), (d, p) => FromDto(d, p, errors));
        if (policy is null || participants is null)
        {
            return null;
        }

        return errors.Build(path, () => new Composition(policy, participants.Value));
    }

    public static ObserverPolicyDto ToDto(ObserverPolicy value) => new()
    {
        Rules = value.Rules,
        RequiresGroupAgreement = value.RequiresGroupAgreement,
        AccreditationBy = value.AccreditationBy,
    };

    public static ObserverPolicy? FromDto(ObserverPolicyDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new ObserverPolicy(dto.Rules, dto.RequiresGroupAgreement, dto.AccreditationBy));

    public static ModalitiesDto ToDto(Modalities value) => new()
    {
        DecisionRule = value.DecisionRule,
        MultiStakeholderApproach = value.MultiStakeholderApproach,
        ObserverPolicy = ToDto(value.ObserverPolicy),
        InformationSharing = value.InformationSharing.IsEmpty ? null : value.InformationSharing.ToList(),
        Principles = StringsToDto(value.Principles),
        Constraints = StringsToDto(value.Constraints),
        Sources = SourcesToDto(value.Sources),
    };

    public static Modalities? FromDto(ModalitiesDto dto, string path, ReadErrors errors)
    {
        var policy = FromDto(dto.ObserverPolicy, ReadErrors.Member(path, "observerPolicy"), errors);
        var sources = SourcesFromDto(dto.Sources, path, errors);
        if (policy is null || sources is null)
        {
            return null;
        }

        return errors.Build(path, () => new Modalities(
            dto.DecisionRule, dto.MultiStakeholderApproach, policy, dto.InformationSharing ?? [], dto.Principles ?? [], dto.Constraints ?? [], sources.Value));
    }

    public static ObserverAdmissionDto ToDto(ObserverAdmission value) => new()
    {
        Observer = value.Observer,
        DecidedOn = value.DecidedOn,
        Admitted = value.Admitted,
        Rules = value.Rules,
        MeetingNumber = value.MeetingNumber,
        Sources = SourcesToDto(value.Sources),
    };

    public static ObserverAdmission? FromDto(ObserverAdmissionDto dto, string path, ReadErrors errors)
    {
        var sources = SourcesFromDto(dto.Sources, path, errors);
        return sources is null ? null : errors.Build(path, () => new ObserverAdmission(
            dto.Observer, dto.DecidedOn, dto.Admitted, dto.Rules, dto.MeetingNumber, sources.Value));
    }

    public static WorkingGroupDto ToDto(WorkingGroup value) => new()
    {
        Name = value.Name,
        EstablishedOn = value.EstablishedOn,
        Mandate = ToDto(value.Mandate),
        Composition = ToDto(value.Composition),
        Modalities = ToDto(value.Modalities),
        Meetings = value.Meetings.Select(MeetingsMapping.ToDto).ToList(),
        ObserverAdmissions = value.ObserverAdmissions.IsEmpty ? null : value.ObserverAdmissions.Select(ToDto).ToList(),
        Sources = SourcesToDto(value.Sources),
    };

    public static WorkingGroup? FromDto(WorkingGroupDto dto, string path, ReadErrors errors)
    {
        var mandate = FromDto(dto.Mandate, ReadErrors.Member(path, "mandate"), errors);
        var composition = FromDto(dto.Composition, ReadErrors.Member(path, "composition"), errors);
        var modalities = FromDto(dto.Modalities, ReadErrors.Member(path, "modalities"), errors);
        var meetings = errors.MapAll(dto.Meetings, ReadErrors.Member(path, "meetings"), (d, p) => MeetingsMapping.FromDto(d, p, errors));
        var admissions = errors.MapAll(dto.ObserverAdmissions ?? [], ReadErrors.Member(path, "observerAdmissions"), (d, p) => FromDto(d, p, errors));
        var sources = SourcesFromDto(dto.Sources, path, errors);
        if (mandate is null || composition is null || modalities is null || meetings is null || admissions is null || sources is null)
        {
            return null;
        }

        return errors.Build(path, () => new WorkingGroup(
            dto.Name, mandate, composition, modalities, meetings.Value, admissions.Value, dto.EstablishedOn, sources.Value));
    }

    /// <summary>Sources as a DTO list; an empty list is written as an absent member.</summary>
    internal static List<SourceReferenceDto>? SourcesToDto(ImmutableArray<SourceReference> sources) =>
        sources.IsDefaultOrEmpty ? null : CommonMapping.ToDtos(sources);

    /// <summary>Sources from an optional DTO list at <c>path.sources</c>; absent means empty.</summary>
    internal static ImmutableArray<SourceReference>? SourcesFromDto(List<SourceReferenceDto>? dtos, string path, ReadErrors errors) =>
        dtos is null ? ImmutableArray<SourceReference>.Empty : CommonMapping.FromDtos(dtos, ReadErrors.Member(path, "sources"), errors);

    /// <summary>Texts as a DTO list; an empty list is written as an absent member.</summary>
    internal static List<string>? StringsToDto(ImmutableArray<string> texts) => texts.IsDefaultOrEmpty ? null : texts.ToList();
}
