using System.Collections.Generic;

namespace Wgec.Core.Serialization.ProcessDtos;

/// <summary>JSON shape of <see cref="Wgec.Core.Process.CompositionPolicy"/>. Property order is the JSON order.</summary>
internal sealed class CompositionPolicyDto
{
    public required List<SeatAllocationDto> Seats { get; set; }

    public string? Description { get; set; }
}
