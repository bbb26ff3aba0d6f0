namespace Wgec.Core.Catalogue;

/// <summary>How far existing mechanisms address an issue or area. Ordered: more coverage is greater.</summary>
/// <remarks>The default is <see cref="None"/>. A mechanism link is always <see cref="Partial"/> or <see cref="Full"/>.</remarks>
public enum Coverage
{
    /// <summary>No mechanism addresses it.</summary>
    None = 0,

    /// <summary>Mechanisms address part of it.</summary>
    Partial = 1,

    /// <summary>Mechanisms address it fully.</summary>
    Full = 2,
}
