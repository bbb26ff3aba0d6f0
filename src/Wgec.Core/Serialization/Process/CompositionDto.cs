using System.Collections.Generic;

namespace Wgec.Core.Serialization.ProcessDtos;

/// <summary>JSON shape of <see cref="Wgec.Core.Process.Composition"/>. Property order is the JSON order.</summary>
internal sealed class CompositionDto
{
    public required CompositionPolicyDto Policy { get; set; }

    public required List<ParticipantDto> Participants { get; set; }
}
