using Wgec.Core.Catalogue;
using Wgec.Core.Identifiers;

namespace Wgec.Core.Serialization.Catalogue;

/// <summary>JSON shape of <see cref="Core.Catalogue.Coordinator"/>. Property order is the JSON order.</summary>
internal sealed class CoordinatorDto
{
    public required string Name { get; set; }

    public required CoordinatorRole Role { get; set; }

    public ParticipantId? Participant { get; set; }
}
