namespace Wgec.Core.Process;

/// <summary>Rules that follow from a <see cref="Standing"/>.</summary>
public static class StandingExtensions
{
    /// <summary>
    /// Whether a participant with this standing decides consensus: members and subgroup
    /// coordinators do; observers, the chair and the secretariat do not.
    /// </summary>
    /// <param name="standing">The standing to test.</param>
    /// <returns><see langword="true"/> when the participant's position counts.</returns>
    public static bool Decides(this Standing standing) =>
        standing is Standing.Member or Standing.SubgroupCoordinator;
}
