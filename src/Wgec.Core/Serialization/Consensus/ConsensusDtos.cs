using System.Collections.Generic;
using NodaTime;
using Wgec.Core.Consensus;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Serialization.Consensus;

/// <summary>JSON shape of <see cref="RuleDescriptor"/>, also used for every built-in rule.</summary>
internal sealed class RuleDescriptorDto
{
    public required string Name { get; set; }

    public Dictionary<string, double>? Parameters { get; set; }

    public List<RuleDescriptorDto?>? Children { get; set; }
}

/// <summary>JSON shape of <see cref="Wgec.Core.Consensus.Position"/>.</summary>
internal sealed class PositionDto
{
    public required ParticipantId Participant { get; set; }

    public required PositionKind Kind { get; set; }

    public string? Text { get; set; }
}

/// <summary>JSON shape of <see cref="Wgec.Core.Consensus.Reading"/>.</summary>
internal sealed class ReadingDto
{
    public required RecommendationId Recommendation { get; set; }

    public required int Meeting { get; set; }

    public required bool IsFinal { get; set; }

    public required List<PositionDto?> Positions { get; set; }
}

/// <summary>JSON shape of <see cref="RosterEntry"/>.</summary>
internal sealed class RosterEntryDto
{
    public required ParticipantId Participant { get; set; }

    public required StakeholderGroup Group { get; set; }

    public required Standing Standing { get; set; }

    public string? Name { get; set; }
}

/// <summary>JSON shape of <see cref="Wgec.Core.Consensus.Roster"/>.</summary>
internal sealed class RosterDto
{
    public required List<StakeholderGroup> DeclaredGroups { get; set; }

    public required List<RosterEntryDto?> Entries { get; set; }
}

/// <summary>JSON shape of <see cref="DispositionRecord"/>.</summary>
internal sealed class DispositionRecordDto
{
    public required ObjectionDisposition Disposition { get; set; }

    public required ParticipantId GivenBy { get; set; }

    public required Instant At { get; set; }

    public string? Text { get; set; }
}

/// <summary>JSON shape of <see cref="ObjectionRecord"/>.</summary>
internal sealed class ObjectionRecordDto
{
    public required RecommendationId Recommendation { get; set; }

    public required int Meeting { get; set; }

    public required ParticipantId Objector { get; set; }

    public required List<DispositionRecordDto?> Dispositions { get; set; }
}

/// <summary>JSON shape of <see cref="ObjectionLedger"/>.</summary>
internal sealed class ObjectionLedgerDto
{
    public required List<ObjectionRecordDto?> Records { get; set; }
}

/// <summary>JSON shape of <see cref="Finding"/>.</summary>
internal sealed class FindingDto
{
    public required FindingKind Kind { get; set; }

    public required bool Blocking { get; set; }

    public required string Rule { get; set; }

    public ParticipantId? Participant { get; set; }

    public StakeholderGroup? Group { get; set; }

    public ObjectionDisposition? Disposition { get; set; }

    public double? Actual { get; set; }

    public double? Required { get; set; }

    public List<RecommendationId>? Items { get; set; }

    public string? Text { get; set; }

    public double? Basis { get; set; }

    public double? Share { get; set; }

    public string? ParticipantName { get; set; }
}

/// <summary>JSON shape of <see cref="ConsensusOutcome"/>.</summary>
internal sealed class ConsensusOutcomeDto
{
    public required RecommendationId Recommendation { get; set; }

    public required int Meeting { get; set; }

    public required bool FinalReading { get; set; }

    public required OutcomeKind Kind { get; set; }

    public required string Rule { get; set; }

    public required List<FindingDto?> Findings { get; set; }

    public double? Score { get; set; }
}

/// <summary>JSON shape of <see cref="RecommendationPackage"/>.</summary>
internal sealed class RecommendationPackageDto
{
    public required string Name { get; set; }

    public required List<RecommendationId> Items { get; set; }
}

/// <summary>JSON shape of <see cref="ConditionalAgreement"/>.</summary>
internal sealed class ConditionalAgreementDto
{
    public required string Name { get; set; }

    public required List<RecommendationId> Prerequisites { get; set; }

    public required double RequiredShare { get; set; }

    public required List<RecommendationId> Dependents { get; set; }
}

/// <summary>JSON shape of <see cref="AgreementStructure"/>.</summary>
internal sealed class AgreementStructureDto
{
    public required List<RecommendationPackageDto?> Packages { get; set; }

    public required List<ConditionalAgreementDto?> Conditions { get; set; }
}

/// <summary>JSON shape of <see cref="ConsensusContext"/>: a reading with the roster and ledger it is evaluated against.</summary>
internal sealed class ConsensusContextDto
{
    public required ReadingDto Reading { get; set; }

    public required RosterDto Roster { get; set; }

    public required ObjectionLedgerDto Ledger { get; set; }
}
