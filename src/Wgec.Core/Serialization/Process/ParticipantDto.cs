using System.Collections.Generic;
using Wgec.Core.Identifiers;
using Wgec.Core.Process;

namespace Wgec.Core.Serialization.ProcessDtos;

/// <summary>JSON shape of <see cref="Wgec.Core.Process.Participant"/>. Property order is the JSON order.</summary>
internal sealed class ParticipantDto
{
    public required ParticipantId Id { get; set; }

    public required ParticipantKind Kind { get; set; }

    public string? Name { get; set; }

    public string? Affiliation { get; set; }

    public required StakeholderGroup StakeholderGroup { get; set; }

    public required Standing Standing { get; set; }

    public List<Common.SourceReferenceDto>? Sources { get; set; }
}
