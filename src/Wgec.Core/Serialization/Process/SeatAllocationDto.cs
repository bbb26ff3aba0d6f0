using System.Collections.Generic;
using Wgec.Core.Process;

namespace Wgec.Core.Serialization.ProcessDtos;

/// <summary>JSON shape of one entry of <see cref="Wgec.Core.Process.CompositionPolicy.Seats"/>. Property order is the JSON order.</summary>
internal sealed class SeatAllocationDto
{
    public required StakeholderGroup Group { get; set; }

    public required int Seats { get; set; }
}
