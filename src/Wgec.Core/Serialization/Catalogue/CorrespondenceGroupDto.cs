using System.Collections.Generic;
using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.CorrespondenceGroup"/>. Property order is the JSON order.</summary>
internal sealed class CorrespondenceGroupDto
{
    public required List<string> TermsOfReference { get; set; }

    public required bool OpenToAllStakeholders { get; set; }

    public required List<CoordinatorDto> Coordinators { get; set; }

    public required List<MilestoneDto> Milestones { get; set; }

    public required List<ContributionDto> Contributions { get; set; }

    public SourceReferenceDto? ChairReport { get; set; }

    public MappingExerciseDto? Mapping { get; set; }

    public required List<SourceReferenceDto> Sources { get; set; }
}
