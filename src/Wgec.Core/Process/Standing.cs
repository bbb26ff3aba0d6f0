namespace Wgec.Core.Process;

/// <summary>
/// A participant's standing in a working group. Standing, not stakeholder group, decides who may
/// block consensus: <see cref="Observer"/> positions are recorded but never decide.
/// </summary>
/// <remarks><c>default</c> is <see cref="Member"/>.</remarks>
public enum Standing
{
    /// <summary>A member of the working group, whose position counts towards consensus.</summary>
    Member = 0,

    /// <summary>An observer admitted under ECOSOC rules; may speak, never decides.</summary>
    Observer = 1,

    /// <summary>The chair, who conducts the process and is not counted as a member position.</summary>
    Chair = 2,

    /// <summary>The secretariat, which supports the process and holds no position.</summary>
    Secretariat = 3,

    /// <summary>The coordinator of a subgroup (e.g. the correspondence group); counts as a member.</summary>
    SubgroupCoordinator = 4,
}
