namespace Wgec.Core.Consultation;

/// <summary>The consultative status of an organisation with the UN Economic and Social Council (ECOSOC).</summary>
/// <remarks>The default value is <see cref="Unknown"/>.</remarks>
public enum EcosocStatus
{
    /// <summary>Not stated in the source.</summary>
    Unknown = 0,

    /// <summary>Not in consultative status (or not an organisation, e.g. a government).</summary>
    None = 1,

    /// <summary>General consultative status.</summary>
    General = 2,

    /// <summary>Special consultative status.</summary>
    Special = 3,

    /// <summary>On the Roster.</summary>
    Roster = 4,
}
