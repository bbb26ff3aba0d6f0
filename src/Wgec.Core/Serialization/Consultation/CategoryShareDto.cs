using Wgec.Core.Process;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.CategoryShare"/>. Property order is the JSON order.</summary>
internal sealed class CategoryShareDto
{
    public required StakeholderGroup Group { get; set; }

    public required int Count { get; set; }

    public required decimal Percentage { get; set; }
}
