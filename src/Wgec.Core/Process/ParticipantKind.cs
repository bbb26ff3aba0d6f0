namespace Wgec.Core.Process;

/// <summary>What a participant is: a person, a country or an organisation.</summary>
/// <remarks>The numeric values are not part of the contract: JSON writes the names. <c>default</c> is <see cref="Person"/>.</remarks>
public enum ParticipantKind
{
    /// <summary>A natural person, e.g. the chair.</summary>
    Person = 0,

    /// <summary>A country (a Member State).</summary>
    Country = 1,

    /// <summary>An organisation: a company, an NGO, an academic institution, an intergovernmental body.</summary>
    Organisation = 2,
}
