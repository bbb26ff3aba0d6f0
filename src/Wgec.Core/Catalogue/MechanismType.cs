namespace Wgec.Core.Catalogue;

/// <summary>What kind of existing mechanism addresses an issue.</summary>
/// <remarks>The default is <see cref="Organisation"/>.</remarks>
public enum MechanismType
{
    /// <summary>An organisation, e.g. an intergovernmental or technical body.</summary>
    Organisation = 0,

    /// <summary>A forum, e.g. a recurring multi-stakeholder meeting.</summary>
    Forum = 1,

    /// <summary>An instrument, e.g. a treaty, convention or set of principles.</summary>
    Instrument = 2,
}
