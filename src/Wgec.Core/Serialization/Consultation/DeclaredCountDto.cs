using Wgec.Core.Process;
using Wgec.Core.Serialization.Common;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.DeclaredCount"/>. Property order is the JSON order.</summary>
internal sealed class DeclaredCountDto
{
    public required int Count { get; set; }

    public StakeholderGroup? Group { get; set; }

    public string? Label { get; set; }

    public required SourceReferenceDto Source { get; set; }
}
