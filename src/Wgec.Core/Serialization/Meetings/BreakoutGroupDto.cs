using System.Collections.Generic;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Serialization.Meetings;

/// <summary>JSON shape of <see cref="Wgec.Core.Meetings.BreakoutGroup"/>. Property order is the JSON order.</summary>
internal sealed class BreakoutGroupDto
{
    public required string Lead { get; set; }

    public ParticipantId? LeadId { get; set; }

    public string? Task { get; set; }

    public required string Output { get; set; }
}
