using System.Collections.Generic;
using Wgec.Core.Process;

namespace Wgec.Core.Serialization.ProcessDtos;

/// <summary>JSON shape of <see cref="Wgec.Core.Process.ObserverPolicy"/>. Property order is the JSON order.</summary>
internal sealed class ObserverPolicyDto
{
    public required string Rules { get; set; }

    public required bool RequiresGroupAgreement { get; set; }

    public Standing? AccreditationBy { get; set; }
}
