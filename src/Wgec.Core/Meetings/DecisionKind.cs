namespace Wgec.Core.Meetings;

/// <summary>Whether a meeting decision is about how the group works or about the substance of its mandate.</summary>
/// <remarks>The numeric values are not part of the contract: JSON writes the names. <c>default</c> is <see cref="Procedural"/>.</remarks>
public enum DecisionKind
{
    /// <summary>A decision on procedure: agenda, modalities, dates, working methods.</summary>
    Procedural = 0,

    /// <summary>A decision on substance: a questionnaire, a report structure, a recommendation.</summary>
    Substantive = 1,
}
