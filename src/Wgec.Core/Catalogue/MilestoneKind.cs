namespace Wgec.Core.Catalogue;

/// <summary>What a correspondence-group milestone delivers.</summary>
/// <remarks>The default is <see cref="Update"/>.</remarks>
public enum MilestoneKind
{
    /// <summary>An interim update to the working group.</summary>
    Update = 0,

    /// <summary>The final document.</summary>
    FinalDocument = 1,
}
