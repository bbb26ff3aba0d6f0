namespace Wgec.Core.Recommendations;

/// <summary>What happened to a recommendation.</summary>
/// <remarks><c>default</c> is <see cref="Drafted"/>.</remarks>
public enum LifecycleEventKind
{
    /// <summary>Drafted (always the first event, and only the first).</summary>
    Drafted = 0,

    /// <summary>Its text was amended (a new version).</summary>
    Amended = 1,

    /// <summary>Read at a meeting.</summary>
    Read = 2,

    /// <summary>An outcome was recorded (agreed, to be revisited or no agreement).</summary>
    OutcomeRecorded = 3,

    /// <summary>Reopened after an outcome: to be revisited again.</summary>
    Reopened = 4,
}
