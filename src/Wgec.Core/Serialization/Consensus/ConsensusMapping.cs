using System.Collections.Generic;
using System.Linq;
using Wgec.Core.Consensus;

namespace Wgec.Core.Serialization.Consensus;

/// <summary>Maps the consensus types to and from their DTOs (see <see cref="Common.CommonMapping"/> for the pattern).</summary>
internal static class ConsensusMapping
{
    public static RuleDescriptorDto ToDto(RuleDescriptor value) => new()
    {
        Name = value.Name,
        Parameters = value.Parameters.IsEmpty ? null : value.Parameters.ToDictionary(p => p.Key, p => p.Value),
        Children = value.Children.IsEmpty ? null : value.Children.Select(c => (RuleDescriptorDto?)ToDto(c)).ToList(),
    };

    public static RuleDescriptor? FromDto(RuleDescriptorDto dto, string path, ReadErrors errors)
    {
        var children = dto.Children is null ? [] : errors.MapAll(dto.Children, ReadErrors.Member(path, "children"), (c, p) => FromDto(c, p, errors));
        return children is null ? null : errors.Build(path, () => new RuleDescriptor(dto.Name, dto.Parameters, children.Value));
    }

    /// <summary>A rule is written as its descriptor and read back through the default registry.</summary>
    public static TRule? RuleFromDto<TRule>(RuleDescriptorDto dto, string path, ReadErrors errors)
        where TRule : class, IConsensusRule
    {
        var descriptor = FromDto(dto, path, errors);
        if (descriptor is null)
        {
            return null;
        }

        var rule = errors.Build(path, () => ConsensusRuleRegistry.Default.Create(descriptor));
        if (rule is not null and not TRule)
        {
            errors.Add(ReadErrors.Member(path, "name"), "unexpected-rule", $"expected a {typeof(TRule).Name}, found rule '{descriptor.Name}'.");
            return null;
        }

        return rule as TRule;
    }

    public static PositionDto ToDto(Position value) => new() { Participant = value.Participant, Kind = value.Kind, Text = value.Text };

    public static Position? FromDto(PositionDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new Position(dto.Participant, dto.Kind, dto.Text));

    public static ReadingDto ToDto(Reading value) => new()
    {
        Recommendation = value.Recommendation,
        Meeting = value.Meeting,
        IsFinal = value.IsFinal,
        Positions = value.Positions.Select(p => (PositionDto?)ToDto(p)).ToList(),
    };

    public static Reading? FromDto(ReadingDto dto, string path, ReadErrors errors)
    {
        var positions = errors.MapAll(dto.Positions, ReadErrors.Member(path, "positions"), (p, at) => FromDto(p, at, errors));
        return positions is null ? null : errors.Build(path, () => new Reading(dto.Recommendation, dto.Meeting, dto.IsFinal, positions.Value));
    }

    public static RosterEntryDto ToDto(RosterEntry value) => new() { Participant = value.Participant, Group = value.Group, Standing = value.Standing, Name = value.Name };

    public static RosterEntry? FromDto(RosterEntryDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new RosterEntry(dto.Participant, dto.Group, dto.Standing, dto.Name));

    public static RosterDto ToDto(Roster value) => new()
    {
        DeclaredGroups = value.DeclaredGroups.ToList(),
        Entries = value.Entries.Select(e => (RosterEntryDto?)ToDto(e)).ToList(),
    };

    public static Roster? FromDto(RosterDto dto, string path, ReadErrors errors)
    {
        var entries = errors.MapAll(dto.Entries, ReadErrors.Member(path, "entries"), (e, at) => FromDto(e, at, errors));
        return entries is null ? null : errors.Build(path, () => new Roster(dto.DeclaredGroups, entries.Value));
    }

    public static DispositionRecordDto ToDto(DispositionRecord value) => new() { Disposition = value.Disposition, GivenBy = value.GivenBy, At = value.At, Text = value.Text };

    public static DispositionRecord? FromDto(DispositionRecordDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new DispositionRecord(dto.Disposition, dto.GivenBy, dto.At, dto.Text));

    public static ObjectionRecordDto ToDto(ObjectionRecord value) => new()
    {
        Recommendation = value.Recommendation,
        Meeting = value.Meeting,
        Objector = value.Objector,
        Dispositions = value.Dispositions.Select(d => (DispositionRecordDto?)ToDto(d)).ToList(),
    };

    public static ObjectionRecord? FromDto(ObjectionRecordDto dto, string path, ReadErrors errors)
    {
        var dispositions = errors.MapAll(dto.Dispositions, ReadErrors.Member(path, "dispositions"), (d, at) => FromDto(d, at, errors));
        return dispositions is null ? null : errors.Build(path, () => new ObjectionRecord(dto.Recommendation, dto.Meeting, dto.Objector, dispositions.Value));
    }

    public static ObjectionLedgerDto ToDto(ObjectionLedger value) => new() { Records = value.Records.Select(r => (ObjectionRecordDto?)ToDto(r)).ToList() };

    public static ObjectionLedger? FromDto(ObjectionLedgerDto dto, string path, ReadErrors errors)
    {
        var records = errors.MapAll(dto.Records, ReadErrors.Member(path, "records"), (r, at) => FromDto(r, at, errors));
        return records is null ? null : errors.Build(path, () => new ObjectionLedger(records.Value));
    }

    public static FindingDto ToDto(Finding value) => new()
    {
        Kind = value.Kind,
        Blocking = value.Blocking,
        Rule = value.Rule,
        Participant = value.Participant,
        Group = value.Group,
        Disposition = value.Disposition,
        Actual = value.Actual,
        Required = value.Required,
        Items = value.Items.IsEmpty ? null : value.Items.ToList(),
        Text = value.Text,
        Basis = value.Basis,
        Share = value.Share,
        ParticipantName = value.ParticipantName,
    };

    public static Finding? FromDto(FindingDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new Finding(dto.Kind, dto.Blocking, dto.Rule, dto.Participant, dto.Group, dto.Disposition, dto.Actual, dto.Required, dto.Items, dto.Text, dto.Basis, dto.Share, dto.ParticipantName));

    public static ConsensusOutcomeDto ToDto(ConsensusOutcome value) => new()
    {
        Recommendation = value.Recommendation,
        Meeting = value.Meeting,
        FinalReading = value.FinalReading,
        Kind = value.Kind,
        Rule = value.Rule,
        Findings = value.Findings.Select(f => (FindingDto?)ToDto(f)).ToList(),
        Score = value.Score,
    };

    public static ConsensusOutcome? FromDto(ConsensusOutcomeDto dto, string path, ReadErrors errors)
    {
        var findings = errors.MapAll(dto.Findings, ReadErrors.Member(path, "findings"), (f, at) => FromDto(f, at, errors));
        return findings is null ? null : errors.Build(path, () => new ConsensusOutcome(dto.Recommendation, dto.Meeting, dto.FinalReading, dto.Kind, dto.Rule, findings.Value, dto.Score));
    }

    public static RecommendationPackageDto ToDto(RecommendationPackage value) => new() { Name = value.Name, Items = value.Items.ToList() };

    public static RecommendationPackage? FromDto(RecommendationPackageDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new RecommendationPackage(dto.Name, dto.Items));

    public static ConditionalAgreementDto ToDto(ConditionalAgreement value) => new()
    {
        Name = value.Name,
        Prerequisites = value.Prerequisites.ToList(),
        RequiredShare = value.RequiredShare,
        Dependents = value.Dependents.ToList(),
    };

    public static ConditionalAgreement? FromDto(ConditionalAgreementDto dto, string path, ReadErrors errors) =>
        errors.Build(path, () => new ConditionalAgreement(dto.Name, dto.Prerequisites, dto.RequiredShare, dto.Dependents));

    public static AgreementStructureDto ToDto(AgreementStructure value) => new()
    {
        Packages = value.Packages.Select(p => (RecommendationPackageDto?)ToDto(p)).ToList(),
        Conditions = value.Conditions.Select(c => (ConditionalAgreementDto?)ToDto(c)).ToList(),
    };

    public static AgreementStructure? FromDto(AgreementStructureDto dto, string path, ReadErrors errors)
    {
        var packages = errors.MapAll(dto.Packages, ReadErrors.Member(path, "packages"), (p, at) => FromDto(p, at, errors));
        var conditions = errors.MapAll(dto.Conditions, ReadErrors.Member(path, "conditions"), (c, at) => FromDto(c, at, errors));
        return packages is null || conditions is null ? null : errors.Build(path, () => new AgreementStructure(packages.Value, conditions.Value));
    }

    public static ConsensusContextDto ToDto(ConsensusContext value) => new()
    {
        Reading = ToDto(value.Reading),
        Roster = ToDto(value.Roster),
        Ledger = ToDto(value.Ledger),
    };

    public static ConsensusContext? FromDto(ConsensusContextDto dto, string path, ReadErrors errors)
    {
        var reading = FromDto(dto.Reading, ReadErrors.Member(path, "reading"), errors);
        var roster = FromDto(dto.Roster, ReadErrors.Member(path, "roster"), errors);
        var ledger = FromDto(dto.Ledger, ReadErrors.Member(path, "ledger"), errors);
        return reading is null || roster is null || ledger is null ? null : errors.Build(path, () => new ConsensusContext(reading, roster, ledger));
    }
}
