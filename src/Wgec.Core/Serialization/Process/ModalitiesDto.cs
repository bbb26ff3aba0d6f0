using System.Collections.Generic;
using Wgec.Core.Process;

namespace Wgec.Core.Serialization.ProcessDtos;

/// <summary>JSON shape of <see cref="Wgec.Core.Process.Modalities"/>. Property order is the JSON order.</summary>
internal sealed class ModalitiesDto
{
    public required string DecisionRule { get; set; }

    public required string MultiStakeholderApproach { get; set; }

    public required ObserverPolicyDto ObserverPolicy { get; set; }

    public List<InformationSharingChannel>? InformationSharing { get; set; }

    public List<string>? Principles { get; set; }

    public List<string>? Constraints { get; set; }

    public List<Common.SourceReferenceDto>? Sources { get; set; }
}
