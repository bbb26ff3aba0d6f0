namespace Wgec.Core.Process;

/// <summary>
/// The WSIS stakeholder categories, as used by the WGEC composition and its questionnaire.
/// </summary>
/// <remarks>
/// The numeric values are not part of the contract: JSON writes the names. <c>default</c> is
/// <see cref="Governments"/>.
/// </remarks>
public enum StakeholderGroup
{
    /// <summary>Governments (Member States).</summary>
    Governments = 0,

    /// <summary>The private sector (business).</summary>
    PrivateSector = 1,

    /// <summary>Civil society.</summary>
    CivilSociety = 2,

    /// <summary>The technical and academic community.</summary>
    TechnicalAndAcademic = 3,

    /// <summary>Intergovernmental and international organisations.</summary>
    IntergovernmentalAndInternational = 4,
}
