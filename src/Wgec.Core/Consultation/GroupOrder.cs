using Wgec.Core.Process;

namespace Wgec.Core.Consultation;

/// <summary>The stakeholder groups in enum order, the one order every consultation result uses.</summary>
internal static class GroupOrder
{
    internal static readonly StakeholderGroup[] All =
    [
        StakeholderGroup.Governments,
        StakeholderGroup.PrivateSector,
        StakeholderGroup.CivilSociety,
        StakeholderGroup.TechnicalAndAcademic,
        StakeholderGroup.IntergovernmentalAndInternational,
    ];
}
