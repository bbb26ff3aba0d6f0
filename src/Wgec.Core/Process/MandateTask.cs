namespace Wgec.Core.Process;

/// <summary>
/// The tasks a working group's mandate gives it. For WGEC (A/RES/67/195): seek, compile and review
/// inputs from all Member States and all other stakeholders, and make recommendations on how to
/// fully implement the WSIS mandate on enhanced cooperation.
/// </summary>
/// <remarks>The numeric values are not part of the contract: JSON writes the names. <c>default</c> is <see cref="SeekInputs"/>.</remarks>
public enum MandateTask
{
    /// <summary>Seek inputs from Member States and all other stakeholders.</summary>
    SeekInputs = 0,

    /// <summary>Compile the inputs received.</summary>
    CompileInputs = 1,

    /// <summary>Review the inputs received.</summary>
    ReviewInputs = 2,

    /// <summary>Make recommendations on how to fully implement the mandate.</summary>
    MakeRecommendations = 3,
}
