using Wgec.Core.Consultation;
using Wgec.Core.Process;

namespace Wgec.Core.Serialization.Consultation;

/// <summary>JSON shape of <see cref="Core.Consultation.RespondentCategory"/>. Property order is the JSON order.</summary>
internal sealed class RespondentCategoryDto
{
    public required StakeholderGroup Group { get; set; }

    public string? SubType { get; set; }

    public string? Region { get; set; }

    public bool? IsFromDevelopingCountry { get; set; }

    public EcosocStatus? EcosocStatus { get; set; }
}
