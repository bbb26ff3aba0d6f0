namespace Wgec.Core.Consensus;

/// <summary>Where the members of a <see cref="PathStep"/> start from before they come to support.</summary>
/// <remarks><c>default</c> is <see cref="Unspecified"/>, which <see cref="PathStep"/> rejects.</remarks>
public enum PathStart
{
    /// <summary>Not given: the zero value, rejected.</summary>
    Unspecified = 0,

    /// <summary>An objection still open.</summary>
    OpenObjection = 1,

    /// <summary>A sustained objection.</summary>
    SustainedObjection = 2,

    /// <summary>An objection addressed but not accommodated (a vote against under qualified majority).</summary>
    AddressedObjection = 3,

    /// <summary>Present without supporting: no objection, abstention, or a withdrawn or accommodated objection.</summary>
    NotSupporting = 4,

    /// <summary>Absent from the reading.</summary>
    Absent = 5,
}
