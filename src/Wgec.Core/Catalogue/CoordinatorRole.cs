namespace Wgec.Core.Catalogue;

/// <summary>The role of a person who leads a correspondence group.</summary>
/// <remarks>The default is <see cref="Coordinator"/>.</remarks>
public enum CoordinatorRole
{
    /// <summary>The coordinator.</summary>
    Coordinator = 0,

    /// <summary>A co-coordinator.</summary>
    CoCoordinator = 1,
}
